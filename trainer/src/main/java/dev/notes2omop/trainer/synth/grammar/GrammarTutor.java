package dev.notes2omop.trainer.synth.grammar;

import dev.notes2omop.trainer.data.RecordKind;
import dev.notes2omop.trainer.data.RecordMeta;
import dev.notes2omop.trainer.data.SynthRecord;
import dev.notes2omop.trainer.data.TextSkeleton;
import dev.notes2omop.trainer.synth.Focus;
import dev.notes2omop.trainer.synth.GenerationRequest;
import dev.notes2omop.trainer.synth.Tutor;
import dev.notes2omop.vocab.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline tutor: a grammar of Spanish clinical passages (a few sentences, or a section of a
 * note) whose slots are filled with lexicon terms, each mention carrying the concept of its lexicon
 * entry and the assertion its template's cue words give it.
 *
 * <p>The templates are data ({@code templates/*.tpl} in this package's resources, syntax in {@link
 * TemplateParser}), grouped in families named {@code <note type>.<section>} ({@code
 * alta.antecedentes}, {@code urgencias.exploracion}, ...) written to {@code meta.family}; the
 * template id goes to {@code meta.template}. Term groups, measurement value profiles, drug doses
 * and filler phrases are data too ({@code groups.tsv}, {@code measurements.tsv}, {@code doses.tsv},
 * {@code fillers.tsv}).
 *
 * <p>Records are deterministic for a seed: the kind and required labels of every record are planned
 * first ({@link RecordPlan}), and record {@code i} draws everything else from a generator seeded by
 * the seed and {@code i} alone; records are written in order, and one whose text repeats an earlier
 * one but for numbers, case, accents and punctuation is drawn again from its generator (validators
 * reject such near-duplicates). Ids are {@code grammar-<seed>-<6-digit index>}.
 *
 * <p>Variety: every lexicon term of a label is equally likely (so abbreviations appear as often as
 * the lexicon has them); about 4.5% of mentions get one typo (a dropped accent, swapped, doubled or
 * dropped letter; the span covers the misspelt text and keeps its concept); some passages are
 * written without accents, in lower case or in capitals; numbers use a decimal comma or point;
 * units come in the lexicon's written forms with casing variants.
 *
 * <p>Kinds. A record's kind is its template's. A <em>negative</em> template holds no mention and no
 * lexicon term (administrative text, normal findings named by no entity). A <em>hard negative</em>
 * template is written around a look-alike; it may also hold real mentions elsewhere, tagged as
 * usual, and stays a hard negative because the look-alike is its point. The look-alikes, decided
 * against DESIGN §5 ("what a mention is"):
 *
 * <ul>
 *   <li>Services, units, hospitals and associations are not mentions, even when their name holds a
 *       term: "servicio de Cardiología", "Unidad de Ictus", "Unidad del Dolor", "Centro de Día
 *       Alzheimer".
 *   <li>People's names that look like terms are not mentions: "Dra. Eva Morales" (EVA is a pain
 *       scale), "Dr. Hierro" (an analyte), "Dña. Dolores".
 *   <li>Drug names as allergens ("alergia a penicilina", "RAM a AAS", "intolerancia a ...") are not
 *       DRUG mentions: DESIGN defines a DRUG as a medicine as given to the patient, and an allergen
 *       is precisely one not to give (a DRUG mention there would become a drug exposure). Nothing
 *       is tagged in them.
 *   <li>A measurement name that neither has nor asks for a result is not a mention: "dieta baja en
 *       sodio", "evitar cargar peso", "conservar a temperatura ambiente". One that asks for a
 *       result is a MEASUREMENT (DESIGN §5): "se solicita hemograma" is a positive record, with the
 *       mention hypothetical, as is every planned test or procedure.
 *   <li>Section headers that name a procedure are not mentions: "Exploración física:".
 *   <li>Words that contain or resemble a term or an abbreviation: "fase", "tasa", "paro" (work),
 *       "presión asistencial", "gota a gota".
 * </ul>
 *
 * <p>Assertions. Cue words are always outside the span: negation ("niega", "sin", "no presenta",
 * "se descarta", "negativo para"), uncertainty ("posible", "probable", "sospecha de", "a
 * descartar", "compatible con"), family ("madre con", "antecedentes familiares de"), history
 * ("antecedentes personales de", "AP:", "intervenido de ... en 2015") and hypothetical ("si
 * presenta", "vigilar aparición de", "acudir si", "se solicita").
 *
 * <p>{@link GenerationRequest#focus()}. When it holds error patterns written by {@link
 * Focus#describe()}, record {@code i} is about pattern {@code i % patterns} (so a request for three
 * records per pattern gives each pattern three), ignoring the plan's shares:
 *
 * <ul>
 *   <li>a missed surface form, a boundary error or a label confusion: a positive record from a
 *       template that holds the pattern's (right) label, whose first mention of that label is the
 *       surface form as given (its first letter in capitals at the start of a sentence), with the
 *       concept of the lexicon term that folds like it (none when the lexicon lacks it), no typo
 *       and no change of case or accents;
 *   <li>a false positive: a hard-negative record made from a negative template followed by a
 *       sentence of the look-alike with the words that came before it ("Unidad de Ictus."), not
 *       tagged.
 * </ul>
 *
 * Other focus texts keep the older, looser behaviour: terms quoted in them ({@code "missed surface
 * form: 'IAM'"}) that the lexicon has are written in about a third of the slots of their label.
 */
public final class GrammarTutor implements Tutor {

  /** The tutor's id, written to {@code meta.generator}. */
  public static final String ID = "grammar-1";

  /** How many times a record is drawn before a repeated skeleton is accepted. */
  private static final int ATTEMPTS = 30;

  private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

  private final Lexicon lexicon;
  private final TemplateBook book;
  private final Fillers fillers;
  private final TermPool terms;

  /** A tutor writing the terms of the bundled Spanish lexicon. */
  public GrammarTutor() {
    this(Lexicon.bundledSpanish());
  }

  /**
   * A tutor writing the terms of {@code lexicon}.
   *
   * @throws IllegalArgumentException when the lexicon lacks terms of a label
   */
  public GrammarTutor(Lexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.book = TemplateBook.bundled();
    this.fillers = Fillers.bundled();
    this.terms = TermPool.of(lexicon, List.of());
  }

  @Override
  public String id() {
    return ID;
  }

  /** The template families, in file order. */
  public List<String> families() {
    return book.families();
  }

  /** The number of templates. */
  public int templateCount() {
    return book.templates().size();
  }

  @Override
  public List<SynthRecord> generate(GenerationRequest request) {
    List<Focus> patterns = new ArrayList<>();
    for (String text : request.focus()) {
      Focus.parse(text).ifPresent(patterns::add);
    }
    if (!patterns.isEmpty()) {
      return focused(request, patterns);
    }
    List<String> focus = focusTerms(request.focus());
    TermPool pool = focus.isEmpty() ? terms : TermPool.of(lexicon, focus);
    PassageWriter writer = new PassageWriter(pool, fillers);
    RecordPlan plan = RecordPlan.of(request);
    List<SynthRecord> records = new ArrayList<>(request.count());
    Set<String> skeletons = new HashSet<>();
    for (int i = 0; i < request.count(); i++) {
      records.add(record(request.seed(), i, plan, writer, skeletons));
    }
    return records;
  }

  /**
   * Record {@code index}: drawn again (from the same generator, so still deterministic) while its
   * text repeats the skeleton of an earlier record, up to {@value #ATTEMPTS} times.
   */
  private SynthRecord record(
      long seed, int index, RecordPlan plan, PassageWriter writer, Set<String> skeletons) {
    SplittableRandom rng = new SplittableRandom(mix(seed ^ mix(index + 0x632BE59BD9B4E019L)));
    RecordKind kind = plan.kind(index);
    Template template;
    PassageWriter.Passage passage;
    int attempt = 0;
    do {
      template = book.choose(kind, plan.labelMask(index), rng);
      passage = writer.write(template, rng);
    } while (!skeletons.add(TextSkeleton.of(passage.text())) && ++attempt < ATTEMPTS);
    String id = String.format(Locale.ROOT, "grammar-%d-%06d", seed, index);
    return SynthRecord.of(
        id,
        passage.text(),
        passage.entities(),
        new RecordMeta(ID, template.id(), template.family(), kind, List.of()));
  }

  /** Records about error patterns, {@code i} about pattern {@code i % patterns.size()}. */
  private List<SynthRecord> focused(GenerationRequest request, List<Focus> patterns) {
    PassageWriter writer = new PassageWriter(terms, fillers);
    List<SynthRecord> records = new ArrayList<>(request.count());
    Set<String> skeletons = new HashSet<>();
    for (int i = 0; i < request.count(); i++) {
      Focus focus = patterns.get(i % patterns.size());
      SplittableRandom rng =
          new SplittableRandom(mix(request.seed() ^ mix(i + 0x632BE59BD9B4E019L)));
      boolean falsePositive = focus.kind() == Focus.Kind.FALSE_POSITIVE;
      RecordKind kind = falsePositive ? RecordKind.NEGATIVE : RecordKind.POSITIVE;
      int mask = falsePositive ? 0 : 1 << focus.label().ordinal();
      PassageWriter.Focused wanted =
          falsePositive
              ? new PassageWriter.Focused(null, focus.context() + " " + focus.text())
              : new PassageWriter.Focused(terms.focusTerm(focus.label(), focus.text()), null);
      Template template;
      PassageWriter.Passage passage;
      int attempt = 0;
      do {
        template = book.choose(kind, mask, rng);
        passage = writer.write(template, rng, wanted);
      } while ((!passage.focusWritten() || !skeletons.add(TextSkeleton.of(passage.text())))
          && ++attempt < ATTEMPTS);
      String id = String.format(Locale.ROOT, "grammar-%d-%06d", request.seed(), i);
      records.add(
          SynthRecord.of(
              id,
              passage.text(),
              passage.entities(),
              new RecordMeta(
                  ID,
                  template.id(),
                  template.family(),
                  falsePositive ? RecordKind.HARD_NEGATIVE : kind,
                  List.of())));
    }
    return records;
  }

  private static List<String> focusTerms(List<String> focus) {
    List<String> out = new ArrayList<>();
    for (String pattern : focus) {
      Matcher m = QUOTED.matcher(pattern);
      while (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  /** A 64-bit finaliser (MurmurHash3's), so that nearby seeds give unrelated generators. */
  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
