package dev.sessionhub.buildtests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Reading values out of a POM's DOM, without any inheritance beyond the parent element. */
final class Pom {

  private Pom() {
  }

  static Element parse(Path file) throws IOException {
    return parse(Files.readAllBytes(file), file.toString());
  }

  static Element parse(byte[] bytes, String name) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(name + " is not a readable POM: " + e.getMessage(), e);
    }
  }

  /** The text of the direct child {@code name} of {@code element}, trimmed, if present and not blank. */
  static Optional<String> child(Element element, String name) {
    return element(element, name).map(found -> found.getTextContent().trim()).filter(text -> !text.isEmpty());
  }

  static Optional<Element> element(Element element, String name) {
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element child && name.equals(child.getTagName())) {
        return Optional.of(child);
      }
    }
    return Optional.empty();
  }

  /** The project's own value of {@code name}, or its parent element's (groupId, version). */
  static Optional<String> inheritable(Element pom, String name) {
    return child(pom, name).or(() -> element(pom, "parent").flatMap(parent -> child(parent, name)));
  }

  static Optional<String> property(Element pom, String name) {
    return element(pom, "properties").flatMap(properties -> child(properties, name));
  }

  static List<String> children(Element pom, String container, String name) {
    List<String> values = new ArrayList<>();
    element(pom, container).ifPresent(found -> {
      for (Node node = found.getFirstChild(); node != null; node = node.getNextSibling()) {
        if (node instanceof Element child && name.equals(child.getTagName())) {
          values.add(child.getTextContent().trim());
        }
      }
    });
    return values;
  }
}
