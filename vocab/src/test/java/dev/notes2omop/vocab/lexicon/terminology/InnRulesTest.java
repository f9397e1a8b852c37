package dev.notes2omop.vocab.lexicon.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.nlp.TextFolding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InnRulesTest {

  /**
   * Known English / Spanish INN pairs, written for this test from the WHO INN lists' spellings;
   * compared after folding (accents and case).
   */
  private static final Map<String, String> KNOWN =
      Map.ofEntries(
          Map.entry("amoxicillin", "amoxicilina"),
          Map.entry("omeprazole", "omeprazol"),
          Map.entry("furosemide", "furosemida"),
          Map.entry("metformin", "metformina"),
          Map.entry("spironolactone", "espironolactona"),
          Map.entry("valproate", "valproato"),
          Map.entry("ciprofloxacin", "ciprofloxacino"),
          Map.entry("ibuprofen", "ibuprofeno"),
          Map.entry("diclofenac", "diclofenaco"),
          Map.entry("fentanyl", "fentanilo"),
          Map.entry("sevoflurane", "sevoflurano"),
          Map.entry("rocuronium", "rocuronio"),
          Map.entry("lidocaine", "lidocaína"),
          Map.entry("phenytoin", "fenitoína"),
          Map.entry("theophylline", "teofilina"),
          Map.entry("hydrochlorothiazide", "hidroclorotiazida"),
          Map.entry("cholecalciferol", "colecalciferol"),
          Map.entry("doxycycline", "doxiciclina"),
          Map.entry("azithromycin", "azitromicina"),
          Map.entry("amphotericin b", "anfotericina B"),
          Map.entry("losartan", "losartán"),
          Map.entry("ondansetron", "ondansetrón"),
          Map.entry("etoposide", "etopósido"),
          Map.entry("cefuroxime", "cefuroxima"),
          Map.entry("lactulose", "lactulosa"),
          Map.entry("folic acid", "ácido fólico"),
          Map.entry("tranexamic acid", "ácido tranexámico"),
          Map.entry("valproic acid", "ácido valproico"),
          Map.entry("sodium chloride", "cloruro sódico"),
          Map.entry("magnesium sulfate", "sulfato de magnesio"),
          Map.entry("ferrous sulfate", "sulfato ferroso"),
          Map.entry("heparin sodium", "heparina sódica"),
          Map.entry("insulin glargine", "insulina glargina"),
          Map.entry("acetaminophen", "paracetamol"),
          Map.entry("albuterol", "salbutamol"),
          Map.entry("midazolam", "midazolam"),
          Map.entry("enalapril", "enalapril"));

  @Test
  void writesTheSpanishInnOfKnownPairs() {
    List<String> wrong = new ArrayList<>();
    KNOWN.forEach(
        (english, spanish) -> {
          String written = InnRules.spanish(english).orElse("");
          if (!TextFolding.key(written).equals(TextFolding.key(spanish))) {
            wrong.add(english + " -> " + written + " (expected " + spanish + ")");
          }
        });

    assertThat(wrong).isEmpty();
  }

  @Test
  void writesTheAccentsOfSpanishStress() {
    assertThat(InnRules.spanish("lidocaine")).contains("lidocaína");
    assertThat(InnRules.spanish("folic acid")).contains("ácido fólico");
    assertThat(InnRules.spanish("valsartan")).contains("valsartán");
  }

  @Test
  void declinesNamesThatAreNotPlainWords() {
    assertThat(InnRules.spanish("Hepatitis B Surface Antigen Vaccine")).isEmpty();
    assertThat(InnRules.spanish("insulin, regular, human")).isEmpty();
    assertThat(InnRules.spanish("Inert Ingredients")).isEmpty();
  }
}
