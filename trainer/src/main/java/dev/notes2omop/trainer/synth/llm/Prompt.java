package dev.notes2omop.trainer.synth.llm;

import dev.notes2omop.trainer.synth.TutorException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A versioned prompt, read from the resource {@code prompts/<name>-<version>.txt} next to this
 * class. The file has a {@code [system]} part and a {@code [user]} part; {@code {{name}}} marks a
 * value filled in by {@link #render}. Lines starting with {@code #} before {@code [system]} are
 * comments.
 */
final class Prompt {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");

  private final String id;
  private final String system;
  private final String user;

  private Prompt(String id, String system, String user) {
    this.id = id;
    this.system = system;
    this.user = user;
  }

  /** The prompt {@code name} at {@code version}, e.g. {@code generate}, {@code v1}. */
  static Prompt load(String name, String version) {
    String id = name + "-" + version;
    String resource = "prompts/" + id + ".txt";
    String text;
    try (InputStream in = Prompt.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("prompt resource " + resource + " is missing");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new TutorException("cannot read prompt resource " + resource, e);
    }
    int s = text.indexOf("[system]\n");
    int u = text.indexOf("[user]\n");
    if (s < 0 || u < s) {
      throw new IllegalStateException(
          "prompt resource " + resource + " needs a [system] part followed by a [user] part");
    }
    return new Prompt(id, text.substring(s + 9, u).strip(), text.substring(u + 7).strip());
  }

  /** E.g. {@code generate-v1}. */
  String id() {
    return id;
  }

  /**
   * The system and user messages with every placeholder filled.
   *
   * @throws IllegalArgumentException when a placeholder has no value
   */
  List<ChatMessage> render(Map<String, String> values) {
    List<ChatMessage> messages = new ArrayList<>(2);
    messages.add(ChatMessage.system(fill(system, values)));
    messages.add(ChatMessage.user(fill(user, values)));
    return messages;
  }

  private String fill(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException(
            "prompt " + id + " needs a value for {{" + m.group(1) + "}}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
