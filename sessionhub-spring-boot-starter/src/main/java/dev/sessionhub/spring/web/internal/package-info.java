/** The REST API's implementation: controllers, request and response mappers, problem details. */
@NullMarked
package dev.sessionhub.spring.web.internal;

import org.jspecify.annotations.NullMarked;
