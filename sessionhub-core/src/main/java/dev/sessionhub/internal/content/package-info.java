/** Content stores for attachments: in memory and on the file system. Not public API. */
@NullMarked
package dev.sessionhub.internal.content;

import org.jspecify.annotations.NullMarked;
