package dev.notes2omop.fhir;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Reduces HTML to the plain text a reader sees: entities decoded, scripts and styles dropped,
 * whitespace collapsed as a browser would, block elements and {@code <br>} as line breaks, list
 * items as {@code - } lines and table cells separated by tabs.
 */
final class HtmlText {

  private static final Set<String> BLOCKS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "caption",
          "dd",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hr",
          "li",
          "main",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "table",
          "tbody",
          "tfoot",
          "thead",
          "tr",
          "ul");

  private HtmlText() {}

  /** The plain text of {@code html}, trimmed, with at most one blank line in a row. */
  static String toPlainText(String html) {
    Document document = Jsoup.parse(html);
    document.select("script, style, noscript, template, head").remove();
    TextCollector collector = new TextCollector();
    document.body().traverse(collector);
    return collector.text();
  }

  /** Walks the tree once, appending text and line breaks. */
  private static final class TextCollector implements NodeVisitor {

    private final StringBuilder out = new StringBuilder();
    private int preDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        appendText(text.getWholeText());
      } else if (node instanceof Element element) {
        String tag = element.normalName();
        if (tag.equals("br")) {
          trimTrailingSpaces();
          out.append('\n');
        } else if (BLOCKS.contains(tag)) {
          lineBreak();
          if (tag.equals("li")) {
            out.append(listMarker(element));
          }
        } else if ((tag.equals("td") || tag.equals("th")) && element.elementSiblingIndex() > 0) {
          trimTrailingSpaces();
          out.append('\t');
        }
        if (tag.equals("pre")) {
          preDepth++;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element) {
        String tag = element.normalName();
        if (BLOCKS.contains(tag)) {
          lineBreak();
        }
        if (tag.equals("pre")) {
          preDepth--;
        }
      }
    }

    private static String listMarker(Element li) {
      Element parent = li.parent();
      if (parent != null && parent.normalName().equals("ol")) {
        int start = 1;
        String startAttr = parent.attr("start");
        if (startAttr.matches("\\d{1,6}")) {
          start = Integer.parseInt(startAttr);
        }
        int index = 0;
        for (Element sibling : parent.children()) {
          if (sibling == li) {
            break;
          }
          if (sibling.normalName().equals("li")) {
            index++;
          }
        }
        return (start + index) + ". ";
      }
      return "- ";
    }

    private void appendText(String text) {
      String value = text.replace('\u00A0', ' ');
      if (preDepth > 0) {
        out.append(value.replace("\r\n", "\n").replace('\r', '\n'));
        return;
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (Character.isWhitespace(c)) {
          if (out.length() > 0 && !endsWithWhitespace()) {
            out.append(' ');
          }
        } else {
          out.append(c);
        }
      }
    }

    private boolean endsWithWhitespace() {
      char last = out.charAt(out.length() - 1);
      return last == ' ' || last == '\n' || last == '\t';
    }

    private void trimTrailingSpaces() {
      int end = out.length();
      while (end > 0 && out.charAt(end - 1) == ' ') {
        end--;
      }
      out.setLength(end);
    }

    private void lineBreak() {
      trimTrailingSpaces();
      if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
        out.append('\n');
      }
    }

    String text() {
      String text = out.toString();
      StringBuilder result = new StringBuilder(text.length());
      int newlines = 0;
      for (String line : text.split("\n", -1)) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
          newlines++;
          continue;
        }
        if (result.length() > 0) {
          result.append(newlines > 1 ? "\n\n" : "\n");
        }
        result.append(line.stripTrailing());
        newlines = 1;
      }
      return result.toString();
    }
  }
}
