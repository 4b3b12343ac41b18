package dev.sessionhub.examples.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP benchmark's floor, on only with the {@code bench} profile: plain Spring MVC endpoints
 * behind the same security chain as the API, answering with a fixed JSON body. The harness first
 * stores, under a name, the bytes the real endpoint answered ({@code PUT /bench/floor/{name}});
 * {@code GET} then returns them as they are, and {@code POST} parses its JSON body (as the real
 * endpoint must) and returns them with 201. What SessionHub's endpoint costs beyond this is its
 * own work: the facade call, the mapping, JSON writing, ETags.
 */
@Profile("bench")
@RestController
@RequestMapping("/bench/floor")
class FloorEndpoints {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");
  private static final int MAX_BODIES = 16;
  private static final int MAX_BODY_BYTES = 1 << 20;

  private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();

  @PutMapping("/{name}")
  ResponseEntity<String> store(@PathVariable String name, @RequestBody byte[] body) {
    if (!NAME.matcher(name).matches() || body.length > MAX_BODY_BYTES
        || (bodies.size() >= MAX_BODIES && !bodies.containsKey(name))) {
      return ResponseEntity.badRequest().body("a name of [a-z][a-z0-9-]{0,31}, at most " + MAX_BODIES
          + " bodies of at most " + MAX_BODY_BYTES + " bytes");
    }
    bodies.put(name, body);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{name}")
  ResponseEntity<byte[]> get(@PathVariable String name) {
    return answer(name, HttpStatus.OK);
  }

  @PostMapping(path = "/{name}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> post(@PathVariable String name, @RequestBody Map<String, Object> request) {
    return answer(name, HttpStatus.CREATED);
  }

  private ResponseEntity<byte[]> answer(String name, HttpStatus status) {
    byte[] body = bodies.get(name);
    if (body == null) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
