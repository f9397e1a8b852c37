package dev.notes2omop.plugin.review;

import dev.notes2omop.omop.review.TermKey;
import dev.notes2omop.vocab.review.Equivalence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pages under {@code /review}: the term list, a term, the concept search (a fragment for htmx,
 * the whole page without JavaScript), decisions, bulk decisions and corrections. Deciding needs the
 * steward role (checked by the security chain and again here).
 */
@Controller
@RequestMapping("/review")
class ReviewController {

  private static final Logger log = LoggerFactory.getLogger(ReviewController.class);

  static final int SNIPPETS = 5;
  static final int CANDIDATES = 8;
  static final int SEARCH_RESULTS = 15;
  static final int MAX_BULK = TermPage.SIZE;

  private final TermQueries queries;
  private final ConceptSearch search;
  private final ReviewDecisions decisions;
  private final CorrectionRecords corrections;

  ReviewController(
      TermQueries queries,
      ConceptSearch search,
      ReviewDecisions decisions,
      CorrectionRecords corrections) {
    this.queries = queries;
    this.search = search;
    this.decisions = decisions;
    this.corrections = corrections;
  }

  @GetMapping("/login")
  String login() {
    return "review/login";
  }

  /** Where the security chain forwards a request the user's role does not allow. */
  @RequestMapping("/denied")
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String denied(Model model) {
    model.addAttribute("problem", "only stewards may decide: you are logged in as a viewer");
    return "review/problem";
  }

  @GetMapping({"", "/"})
  String terms(
      @RequestParam(name = "unmapped", defaultValue = "false") boolean unmapped,
      @RequestParam(name = "below", required = false) Double below,
      @RequestParam(name = "domain", required = false) String domain,
      @RequestParam(name = "state", required = false) String state,
      @RequestParam(name = "q", required = false) String text,
      @RequestParam(name = "page", defaultValue = "0") int page,
      Authentication user,
      Model model) {
    TermFilter filter = new TermFilter(unmapped, below, domain, state, text, page);
    model.addAttribute("filter", filter);
    model.addAttribute("result", queries.list(filter));
    model.addAttribute("labels", TermFilter.LABELS.stream().sorted().toList());
    model.addAttribute(
        "states", List.of("UNDECIDED", "APPROVED", "REMAPPED", "NO_CONCEPT", "NOT_ENTITY"));
    common(model, user);
    return "review/terms";
  }

  @GetMapping("/term")
  String term(
      @RequestParam("key") String key,
      @RequestParam("label") String label,
      @RequestParam(name = "q", required = false) String query,
      Authentication user,
      Model model) {
    TermKey term = termKey(key, label);
    TermRow row =
        queries
            .term(term)
            .orElseThrow(() -> new NotFound("no such term in the list: it may have gone"));
    model.addAttribute("term", row);
    model.addAttribute("snippets", queries.snippets(term, SNIPPETS));
    model.addAttribute("candidates", search.candidates(row.term(), term.label(), CANDIDATES));
    model.addAttribute("query", query == null ? "" : query);
    model.addAttribute(
        "results",
        query == null || query.isBlank() ? List.of() : search.search(query, SEARCH_RESULTS));
    model.addAttribute("history", queries.history(term));
    model.addAttribute("equivalences", List.of(Equivalence.values()));
    model.addAttribute("labels", TermFilter.LABELS.stream().sorted().toList());
    common(model, user);
    return "review/term";
  }

  /** The search results alone, for htmx. */
  @GetMapping("/concepts")
  String concepts(
      @RequestParam("key") String key,
      @RequestParam("label") String label,
      @RequestParam(name = "q", defaultValue = "") String query,
      Authentication user,
      Model model) {
    TermRow row = queries.term(termKey(key, label)).orElseThrow(() -> new NotFound("no such term"));
    model.addAttribute("term", row);
    model.addAttribute("query", query);
    model.addAttribute(
        "results", query.isBlank() ? List.of() : search.search(query, SEARCH_RESULTS));
    common(model, user);
    return "review/term :: results";
  }

  @PostMapping("/decide")
  String decide(
      @RequestParam("key") String key,
      @RequestParam("label") String label,
      @RequestParam("kind") String kind,
      @RequestParam(name = "conceptId", defaultValue = "0") String conceptId,
      @RequestParam(name = "equivalence", defaultValue = "EQUAL") String equivalence,
      @RequestParam(name = "comment", required = false) String comment,
      @RequestParam(name = "version") int version,
      Authentication user,
      RedirectAttributes redirect) {
    TermKey term = termKey(key, label);
    requireSteward(user);
    DecisionOutcome outcome =
        decisions.decide(
            new DecisionForm(
                term, kind(kind), number(conceptId), equivalence(equivalence), comment, version),
            user.getName());
    flash(redirect, outcome);
    return "redirect:" + termUrl(term);
  }

  @PostMapping("/bulk")
  String bulk(
      @RequestParam(name = "terms", required = false) List<String> terms,
      @RequestParam("kind") String kind,
      @RequestParam(name = "conceptId", defaultValue = "0") String conceptId,
      @RequestParam(name = "back", defaultValue = "/review") String back,
      Authentication user,
      RedirectAttributes redirect) {
    requireSteward(user);
    if (terms == null || terms.isEmpty()) {
      redirect.addFlashAttribute("error", "select terms first");
      return "redirect:" + safeBack(back);
    }
    if (terms.size() > MAX_BULK) {
      throw new BadRequest("at most " + MAX_BULK + " terms at once");
    }
    DecisionKind decision = kind(kind);
    int concept = number(conceptId);
    int applied = 0;
    int unchanged = 0;
    List<String> refused = new ArrayList<>();
    for (String item : terms) {
      int bar = item.indexOf('|');
      if (bar < 0) {
        throw new BadRequest("a selected term is malformed");
      }
      TermKey term = termKey(item.substring(bar + 1), item.substring(0, bar));
      DecisionOutcome outcome =
          decisions.decide(
              new DecisionForm(term, decision, concept, Equivalence.EQUAL, null, null),
              user.getName());
      if (outcome instanceof DecisionOutcome.Applied) {
        applied++;
      } else if (outcome instanceof DecisionOutcome.Unchanged) {
        unchanged++;
      } else if (outcome instanceof DecisionOutcome.Refused r) {
        refused.add(term.foldedKey() + ": " + r.reason());
      }
    }
    redirect.addFlashAttribute(
        "message",
        applied + " decided, " + unchanged + " unchanged, " + refused.size() + " refused");
    if (!refused.isEmpty()) {
      redirect.addFlashAttribute("error", String.join("; ", refused));
    }
    return "redirect:" + safeBack(back);
  }

  @PostMapping("/correct")
  String correct(
      @RequestParam("key") String key,
      @RequestParam("label") String label,
      @RequestParam("noteNlpId") long noteNlpId,
      @RequestParam("kind") String kind,
      @RequestParam(name = "text", required = false) String text,
      @RequestParam(name = "correctLabel", required = false) String correctLabel,
      Authentication user,
      RedirectAttributes redirect) {
    TermKey term = termKey(key, label);
    requireSteward(user);
    CorrectionKind correction;
    try {
      correction = CorrectionKind.valueOf(kind.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequest("unknown correction " + kind);
    }
    if (correction == CorrectionKind.NOT_ENTITY) {
      throw new BadRequest("decide 'not an entity' for the whole term instead");
    }
    if (text != null && text.length() > 500) {
      throw new BadRequest("a mention is at most 500 characters");
    }
    try {
      corrections.correct(
          new Correction(noteNlpId, correction, text, correctLabel), user.getName());
      redirect.addFlashAttribute("message", "correction kept as a training record");
    } catch (RefusedException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + termUrl(term);
  }

  private static void common(Model model, Authentication user) {
    model.addAttribute("user", user == null ? null : user.getName());
    model.addAttribute("canDecide", isSteward(user));
  }

  private static boolean isSteward(Authentication user) {
    return user != null
        && user.getAuthorities().stream().anyMatch(a -> "ROLE_STEWARD".equals(a.getAuthority()));
  }

  private static void requireSteward(Authentication user) {
    if (!isSteward(user)) {
      throw new Forbidden();
    }
  }

  private static void flash(RedirectAttributes redirect, DecisionOutcome outcome) {
    if (outcome instanceof DecisionOutcome.Applied a) {
      redirect.addFlashAttribute(
          "message",
          "decided: "
              + a.state().toLowerCase(Locale.ROOT).replace('_', ' ')
              + " — "
              + a.rows().mentions()
              + " NOTE_NLP rows changed; derived rows: "
              + a.rows().updated()
              + " updated, "
              + a.rows().removed()
              + " removed, "
              + a.rows().inserted()
              + " inserted");
    } else if (outcome instanceof DecisionOutcome.Refused r) {
      redirect.addFlashAttribute("error", r.reason());
    } else {
      redirect.addFlashAttribute("message", "that decision was already in force: nothing changed");
    }
  }

  static String termUrl(TermKey term) {
    return UriComponentsBuilder.fromPath("/review/term")
        .queryParam("key", term.foldedKey())
        .queryParam("label", term.label())
        .encode()
        .build()
        .toUriString();
  }

  private static String safeBack(String back) {
    return back.startsWith("/review") && !back.startsWith("//") ? back : "/review";
  }

  private static TermKey termKey(String key, String label) {
    String upper = label.strip().toUpperCase(Locale.ROOT);
    if (!TermFilter.LABELS.contains(upper) || key.isEmpty() || key.length() > 2000) {
      throw new BadRequest("not a term of the list");
    }
    return new TermKey(key, upper);
  }

  private static DecisionKind kind(String kind) {
    try {
      return DecisionKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequest("unknown decision '" + kind + "'");
    }
  }

  private static Equivalence equivalence(String value) {
    try {
      return Equivalence.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequest("unknown equivalence '" + value + "'");
    }
  }

  private static int number(String value) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      return 0;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new BadRequest("'" + v + "' is not a concept id: give the number of a concept");
    }
  }

  /** 400 with a message. */
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message);
    }
  }

  /** 404 with a message. */
  static final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
      super(message);
    }
  }

  /** 403: only stewards decide. */
  static final class Forbidden extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Forbidden() {
      super("only stewards may decide: you are logged in as a viewer");
    }
  }

  @ExceptionHandler(BadRequest.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String badRequest(BadRequest e, Model model) {
    model.addAttribute("problem", e.getMessage());
    return "review/problem";
  }

  @ExceptionHandler(NotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(NotFound e, Model model) {
    model.addAttribute("problem", e.getMessage());
    return "review/problem";
  }

  @ExceptionHandler(Forbidden.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String forbidden(Forbidden e, Model model) {
    model.addAttribute("problem", e.getMessage());
    return "review/problem";
  }

  @ExceptionHandler(ReviewFailure.class)
  @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
  String failure(ReviewFailure e, Model model) {
    log.warn(
        "review page: the database failed ({})",
        e.getCause() == null ? "?" : e.getCause().getClass().getSimpleName());
    log.debug("review page failure", e);
    model.addAttribute(
        "problem", "the database could not answer; try again, or ask the administrator");
    return "review/problem";
  }
}
