package dev.sessionhub.internal.hub;

import dev.sessionhub.internal.domain.SessionValidator;
import dev.sessionhub.json.SessionJson;
import dev.sessionhub.spi.ContentStore;
import dev.sessionhub.spi.IdGenerator;
import dev.sessionhub.spi.SessionCache;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.TemplateStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * Everything the hub's services share: the ports, the clock, the codec and the settings.
 *
 * @param store session store
 * @param templates template store
 * @param cache session cache
 * @param content attachment content store
 * @param clock the clock every time comes from
 * @param ids id generator
 * @param json the canonical JSON codec
 * @param validator whole-snapshot validation
 * @param events event delivery
 * @param cursors cursor encoding
 * @param maxAttachmentBytes largest upload
 * @param allowedContentTypes content types accepted for upload (empty: any)
 * @param attachmentRetention how long after archiving attachment content is kept
 */
public record HubContext(
    SessionStore store,
    TemplateStore templates,
    SessionCache cache,
    ContentStore content,
    Clock clock,
    IdGenerator ids,
    SessionJson json,
    SessionValidator validator,
    EventDispatcher events,
    CursorCodec cursors,
    long maxAttachmentBytes,
    Set<String> allowedContentTypes,
    Duration attachmentRetention) {}
