/**
 * Adapters shipped with core: the {@link dev.sessionhub.content.FileSystemContentStore} keeps
 * attachment content in a directory tree. Hand one to
 * {@link dev.sessionhub.SessionHubBuilder#contentStore}; nothing is discovered on the classpath.
 */
@NullMarked
package dev.sessionhub.content;

import org.jspecify.annotations.NullMarked;
