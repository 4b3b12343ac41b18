package dev.sessionhub.spring.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A streaming reader of a {@code multipart/form-data} body (RFC 7578) that finds the part named
 * {@code file} and hands out its bytes as they arrive, never holding more than a small window:
 * the size limit is enforced while reading (a 413 problem is thrown as soon as the part passes
 * it), and a read failure of the request becomes a 400 problem. Not thread-safe.
 */
final class MultipartUpload {

  private static final int MAX_HEADER_BYTES = 16 * 1024;
  private static final int MAX_PARTS = 16;
  private static final int WINDOW = 64 * 1024;

  private final InputStream in;
  private final byte[] delimiter;
  private final byte[] buf;
  private int pos;
  private int limit;
  private boolean eof;

  /** The file part's name, declared content type and content. */
  record FilePart(String filename, String contentType, InputStream content) {}

  private MultipartUpload(InputStream in, String boundary) {
    this.in = in;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    this.buf = new byte[WINDOW + delimiter.length];
  }

  /** The boundary of a multipart content type, or a 400 problem. */
  static String boundary(String contentType) {
    for (String param : contentType.split(";")) {
      String p = param.trim();
      if (p.regionMatches(true, 0, "boundary=", 0, 9)) {
        String b = p.substring(9);
        if (b.length() >= 2 && b.startsWith("\"") && b.endsWith("\"")) {
          b = b.substring(1, b.length() - 1);
        }
        if (!b.isEmpty() && b.length() <= 70) {
          return b;
        }
      }
    }
    throw HttpProblem.badRequest("Content-Type", "a multipart/form-data body needs a boundary of 1 to 70 characters");
  }

  /** The part named {@code file} of the body, positioned at its first byte. */
  static FilePart file(InputStream body, String contentType, long maxBytes) {
    MultipartUpload m = new MultipartUpload(body, boundary(contentType));
    return m.findFile(maxBytes);
  }

  private FilePart findFile(long maxBytes) {
    // The body starts with "--boundary" (no CRLF before it); pretend one came, so every
    // delimiter looks the same.
    buf[0] = '\r';
    buf[1] = '\n';
    pos = 0;
    limit = 2;
    skipPart(MAX_HEADER_BYTES); // the preamble, normally empty
    for (int part = 0; part < MAX_PARTS; part++) {
      if (afterDelimiterIsEnd()) {
        break;
      }
      Map<String, String> headers = headers();
      String disposition = headers.getOrDefault("content-disposition", "");
      if ("file".equals(param(disposition, "name"))) {
        String filename = filename(disposition);
        String type = headers.getOrDefault("content-type", "application/octet-stream");
        return new FilePart(filename, type, new PartStream(maxBytes));
      }
      skipPart(MAX_HEADER_BYTES * 4L);
    }
    throw HttpProblem.badRequest("file", "the multipart body has no part named 'file'");
  }

  /** After a delimiter: "--" ends the body, otherwise a CRLF starts the next part's headers. */
  private boolean afterDelimiterIsEnd() {
    int a = read();
    int b = read();
    if (a == '-' && b == '-') {
      return true;
    }
    if (a != '\r' || b != '\n') {
      throw malformed();
    }
    return false;
  }

  private Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    StringBuilder line = new StringBuilder();
    int total = 0;
    while (true) {
      int c = read();
      if (c < 0 || ++total > MAX_HEADER_BYTES) {
        throw malformed();
      }
      if (c == '\n' && line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
        line.setLength(line.length() - 1);
        if (line.length() == 0) {
          return headers;
        }
        int colon = line.indexOf(":");
        if (colon > 0) {
          headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        line.setLength(0);
      } else {
        line.append((char) c);
      }
    }
  }

  private static String filename(String disposition) {
    String extended = param(disposition, "filename*");
    if (extended != null) {
      int quote = extended.indexOf("''");
      if (quote > 0 && extended.substring(0, quote).equalsIgnoreCase("UTF-8")) {
        try {
          return URLDecoder.decode(extended.substring(quote + 2).replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          throw HttpProblem.badRequest("file", "the filename* parameter is not valid percent-encoded UTF-8");
        }
      }
    }
    String plain = param(disposition, "filename");
    if (plain == null) {
      throw HttpProblem.badRequest("file", "the part 'file' needs a filename in its Content-Disposition");
    }
    // Browsers send UTF-8 bytes in the quoted filename; the header was read as ISO-8859-1.
    String name = new String(plain.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return slash >= 0 ? name.substring(slash + 1) : name;
  }

  /** A parameter of a header value such as {@code form-data; name="file"; filename="a.txt"}. */
  static @Nullable String param(String header, String name) {
    int i = 0;
    int n = header.length();
    while (i < n) {
      int semi = header.indexOf(';', i);
      if (semi < 0) {
        return null;
      }
      i = semi + 1;
      while (i < n && header.charAt(i) == ' ') {
        i++;
      }
      int eq = header.indexOf('=', i);
      if (eq < 0) {
        return null;
      }
      String key = header.substring(i, eq).trim();
      i = eq + 1;
      String value;
      if (i < n && header.charAt(i) == '"') {
        StringBuilder sb = new StringBuilder();
        i++;
        while (i < n && header.charAt(i) != '"') {
          char c = header.charAt(i);
          if (c == '\\' && i + 1 < n) {
            c = header.charAt(++i);
          }
          sb.append(c);
          i++;
        }
        i++;
        value = sb.toString();
      } else {
        int end = header.indexOf(';', i);
        value = (end < 0 ? header.substring(i) : header.substring(i, end)).trim();
        i = end < 0 ? n : end;
      }
      if (key.equalsIgnoreCase(name)) {
        return value;
      }
    }
    return null;
  }

  /** Skips to just after the next delimiter, refusing parts longer than {@code max}. */
  private void skipPart(long max) {
    byte[] sink = new byte[4096];
    long skipped = 0;
    int n;
    while ((n = readPart(sink, 0, sink.length)) > 0) {
      skipped += n;
      if (skipped > max) {
        throw HttpProblem.badRequest("body", "a part other than 'file' is larger than " + max + " bytes");
      }
    }
    if (!delimiterFound) {
      throw malformed();
    }
    delimiterFound = false;
  }

  private boolean delimiterFound;

  /**
   * Reads part content into {@code out}: bytes before the next delimiter. Returns 0 once the
   * delimiter is reached (and consumed), -1 if the body ends without one.
   */
  private int readPart(byte[] out, int off, int len) {
    if (delimiterFound) {
      return 0;
    }
    fill(delimiter.length);
    int available = limit - pos;
    int match = indexOf(delimiter, pos, limit);
    if (match == pos) {
      pos += delimiter.length;
      delimiterFound = true;
      return 0;
    }
    int safe = match >= 0 ? match - pos : eof ? available : Math.max(0, available - delimiter.length + 1);
    if (safe == 0) {
      return eof ? -1 : 0;
    }
    int n = Math.min(len, safe);
    System.arraycopy(buf, pos, out, off, n);
    pos += n;
    return n;
  }

  /** Makes at least {@code want} bytes available unless the body ends first. */
  private void fill(int want) {
    if (limit - pos >= want || eof) {
      return;
    }
    System.arraycopy(buf, pos, buf, 0, limit - pos);
    limit -= pos;
    pos = 0;
    try {
      while (limit < buf.length && !eof) {
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
          eof = true;
        } else {
          limit += n;
          if (limit - pos >= want) {
            break;
          }
        }
      }
    } catch (IOException e) {
      throw HttpProblem.badRequest("body", "the upload could not be read to its end");
    }
  }

  private int read() {
    fill(1);
    return pos < limit ? buf[pos++] & 0xff : -1;
  }

  private int indexOf(byte[] needle, int from, int to) {
    outer:
    for (int i = from; i <= to - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (buf[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static HttpProblem malformed() {
    return HttpProblem.badRequest("body", "is not a well-formed multipart/form-data body");
  }

  /** The file part's bytes, up to the delimiter; 413 as soon as they pass the limit. */
  private final class PartStream extends InputStream {
    private final long maxBytes;
    private long count;

    PartStream(long maxBytes) {
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      int n;
      do {
        n = readPart(b, off, len);
      } while (n == 0 && !delimiterFound);
      if (n < 0) {
        throw malformed();
      }
      if (n == 0) {
        return -1;
      }
      count += n;
      if (count > maxBytes) {
        throw HttpProblem.tooLarge("the upload is larger than the limit of " + maxBytes + " bytes");
      }
      return n;
    }
  }
}
