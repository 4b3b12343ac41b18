/**
 * SessionHub's REST API for Spring MVC: {@link dev.sessionhub.spring.web.SessionHubWebAutoConfiguration}
 * registers the controllers, the problem-details error mapping and the upload filter, configured
 * by {@link dev.sessionhub.spring.web.SessionHubWebProperties} ({@code sessionhub.web.*}).
 */
@NullMarked
package dev.sessionhub.spring.web;

import org.jspecify.annotations.NullMarked;
