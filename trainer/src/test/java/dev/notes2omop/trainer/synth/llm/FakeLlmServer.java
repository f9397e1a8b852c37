package dev.notes2omop.trainer.synth.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A local HTTP server (127.0.0.1, a free port) that answers requests with scripted replies, in
 * order, and records what it received. Replies can hang until the server is closed, to test
 * timeouts.
 */
final class FakeLlmServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A scripted reply. */
  record Reply(int status, Map<String, String> headers, String body, boolean hang) {

    static Reply ok(String body) {
      return new Reply(200, Map.of(), body, false);
    }

    static Reply status(int status, String body) {
      return new Reply(status, Map.of(), body, false);
    }

    static Reply hanging() {
      return new Reply(0, Map.of(), "", true);
    }

    Reply withHeader(String name, String value) {
      Map<String, String> all = new java.util.LinkedHashMap<>(headers);
      all.put(name, value);
      return new Reply(status, all, body, hang);
    }
  }

  /** A request received: path, headers (lower-case names, first values) and body. */
  record Received(String method, String path, Map<String, String> headers, String body) {

    ObjectNode json() {
      try {
        return (ObjectNode) JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("request body is not JSON: " + body, e);
      }
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private final CountDownLatch closing = new CountDownLatch(1);

  private FakeLlmServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  static FakeLlmServer start() throws IOException {
    return new FakeLlmServer();
  }

  /** Adds replies, given to the next requests in order. */
  FakeLlmServer enqueue(Reply... more) {
    replies.addAll(List.of(more));
    return this;
  }

  /** {@code http://127.0.0.1:<port><path>}. */
  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  List<Received> requests() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> headers = new java.util.TreeMap<>();
      exchange
          .getRequestHeaders()
          .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
      received.add(
          new Received(
              exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body));
      Reply reply = replies.poll();
      if (reply == null) {
        reply = Reply.status(500, "{\"error\": \"the test scripted no reply for this request\"}");
      }
      if (reply.hang()) {
        closing.await(10, TimeUnit.SECONDS);
        return;
      }
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }

  /** An OpenAI chat-completions answer with {@code content} and the given usage. */
  static String openAiAnswer(String content, long promptTokens, long completionTokens) {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", "chatcmpl-test");
    root.put("object", "chat.completion");
    ObjectNode choice = root.putArray("choices").addObject();
    choice.put("index", 0);
    choice.putObject("message").put("role", "assistant").put("content", content);
    choice.put("finish_reason", "stop");
    root.putObject("usage")
        .put("prompt_tokens", promptTokens)
        .put("completion_tokens", completionTokens)
        .put("total_tokens", promptTokens + completionTokens);
    return root.toString();
  }

  /**
   * A Gemini generateContent answer with {@code content} split in two parts, and the given usage.
   */
  static String geminiAnswer(String content, long promptTokens, long candidateTokens) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode candidate = root.putArray("candidates").addObject();
    ObjectNode c = candidate.putObject("content");
    c.put("role", "model");
    int half = content.length() / 2;
    c.putArray("parts")
        .add(JSON.createObjectNode().put("text", content.substring(0, half)))
        .add(JSON.createObjectNode().put("text", content.substring(half)));
    candidate.put("finishReason", "STOP");
    root.putObject("usageMetadata")
        .put("promptTokenCount", promptTokens)
        .put("candidatesTokenCount", candidateTokens)
        .put("totalTokenCount", promptTokens + candidateTokens);
    return root.toString();
  }
}
