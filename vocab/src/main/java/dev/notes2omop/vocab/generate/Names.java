package dev.notes2omop.vocab.generate;

/**
 * Builds clinical-looking concept names, in English and in Spanish, from a concept's hash:
 * multi-word names of mixed Greek and Latin morphemes, so that a text index sees a realistic spread
 * of terms. The same choices give both languages, so a Spanish synonym is a translation of the
 * English name.
 */
final class Names {

  /** How names of a segment are built. */
  enum Style {
    CONDITION,
    INGREDIENT,
    DRUG,
    MEASUREMENT,
    PROCEDURE,
    OBSERVATION,
    DEVICE,
    UNIT,
    ANATOMY,
    QUALIFIER
  }

  private static final String[] ROOTS = {
    "cardi",
    "gastr",
    "neur",
    "hepat",
    "nephr",
    "oste",
    "derm",
    "pneum",
    "hemat",
    "arthr",
    "my",
    "enter",
    "col",
    "cyst",
    "encephal",
    "angi",
    "lymph",
    "thyr",
    "pancreat",
    "splen",
    "chondr",
    "laryng",
    "rhin",
    "ot",
    "ophthalm",
    "cholecyst",
    "aden",
    "mening",
    "myel",
    "vascul",
    "bronch",
    "esophag",
    "prostat",
    "mast",
    "hyster",
    "salping",
    "pyel",
    "retin",
    "kerat",
    "fibr"
  };
  private static final String[] LINKS = {"o", "o", "i", "o", "a"};
  private static final String[][] CONDITION_SUFFIXES = {
    {"itis", "itis"},
    {"osis", "osis"},
    {"algia", "algia"},
    {"pathy", "patía"},
    {"oma", "oma"},
    {"megaly", "megalia"},
    {"sclerosis", "esclerosis"},
    {"malacia", "malacia"},
    {"rrhagia", "rragia"},
    {"dysplasia", "displasia"},
    {"stenosis", "estenosis"},
    {"ectasia", "ectasia"}
  };
  private static final String[][] PROCEDURE_SUFFIXES = {
    {"ectomy", "ectomía"}, {"otomy", "otomía"}, {"ostomy", "ostomía"}, {"plasty", "plastia"},
    {"scopy", "scopia"}, {"graphy", "grafía"}, {"rrhaphy", "rrafia"}, {"pexy", "pexia"}
  };
  private static final String[][] MODIFIERS = {
    {"Acute", "aguda"},
    {"Chronic", "crónica"},
    {"Primary", "primaria"},
    {"Secondary", "secundaria"},
    {"Congenital", "congénita"},
    {"Recurrent", "recurrente"},
    {"Severe", "grave"},
    {"Mild", "leve"},
    {"Bilateral", "bilateral"},
    {"Idiopathic", "idiopática"},
    {"Diffuse", "difusa"},
    {"Focal", "focal"},
    {"Hereditary", "hereditaria"},
    {"Obstructive", "obstructiva"}
  };
  private static final String[][] SITES = {
    {"left ventricle", "ventrículo izquierdo"},
    {"right lung", "pulmón derecho"},
    {"liver", "hígado"},
    {"left kidney", "riñón izquierdo"},
    {"right knee", "rodilla derecha"},
    {"lumbar spine", "columna lumbar"},
    {"upper limb", "miembro superior"},
    {"lower limb", "miembro inferior"},
    {"stomach", "estómago"},
    {"colon", "colon"},
    {"thyroid gland", "glándula tiroides"},
    {"bladder", "vejiga"},
    {"skin", "piel"},
    {"brain", "cerebro"},
    {"left eye", "ojo izquierdo"},
    {"pancreas", "páncreas"},
    {"esophagus", "esófago"},
    {"right hip", "cadera derecha"},
    {"spleen", "bazo"},
    {"heart", "corazón"}
  };
  private static final String[] DRUG_PREFIXES = {
    "lor", "val", "zan", "ter", "mel", "cor", "dex", "pra", "fen", "sil", "nor", "ami", "clo",
    "eto", "bu", "tri", "oxa", "ris", "lev", "car", "mir", "olan", "que", "ben"
  };
  private static final String[] DRUG_MIDDLES = {
    "a", "i", "o", "e", "u", "ra", "li", "to", "ne", "mo"
  };
  private static final String[][] DRUG_STEMS = {
    {"statin", "statina"},
    {"pril", "pril"},
    {"olol", "olol"},
    {"sartan", "sartán"},
    {"cillin", "cilina"},
    {"azole", "azol"},
    {"vir", "vir"},
    {"mab", "mab"},
    {"oxetine", "oxetina"},
    {"parin", "parina"},
    {"dipine", "dipino"},
    {"tidine", "tidina"},
    {"floxacin", "floxacino"},
    {"profen", "profeno"},
    {"semide", "semida"},
    {"gliptin", "gliptina"}
  };
  private static final String[][] FORMS = {
    {"Oral Tablet", "comprimido oral"},
    {"Oral Capsule", "cápsula oral"},
    {"Injectable Solution", "solución inyectable"},
    {"Oral Solution", "solución oral"},
    {"Topical Cream", "crema tópica"},
    {"Extended Release Oral Tablet", "comprimido oral de liberación prolongada"},
    {"Inhalation Powder", "polvo para inhalación"},
    {"Transdermal System", "parche transdérmico"}
  };
  private static final int[] DOSES = {
    1, 2, 5, 10, 20, 25, 40, 50, 100, 125, 200, 250, 400, 500, 1000
  };
  private static final String[][] ANALYTES = {
    {"protein", "proteína"},
    {"enzyme", "enzima"},
    {"antibody", "anticuerpo"},
    {"peptide", "péptido"},
    {"globulin", "globulina"},
    {"kinase", "cinasa"},
    {"transferase", "transferasa"},
    {"lipase", "lipasa"}
  };
  private static final String[][] SPECIMENS = {
    {"Serum or Plasma", "suero o plasma"},
    {"Blood", "sangre"},
    {"Urine", "orina"},
    {"Cerebral spinal fluid", "líquido cefalorraquídeo"},
    {"Stool", "heces"}
  };
  private static final String[][] PROPERTIES = {
    {"Mass/volume", "masa/volumen"},
    {"Moles/volume", "moles/volumen"},
    {"Presence", "presencia"},
    {"Enzymatic activity/volume", "actividad enzimática/volumen"},
    {"Titer", "título"}
  };
  private static final String[][] DEVICES = {
    {"catheter", "catéter"}, {"stent", "stent"}, {"prosthesis", "prótesis"}, {"pump", "bomba"},
    {"implant", "implante"}, {"electrode", "electrodo"}, {"drain", "drenaje"}, {"valve", "válvula"}
  };
  private static final String[][] MATERIALS = {
    {"Silicone", "de silicona"},
    {"Titanium", "de titanio"},
    {"Polyurethane", "de poliuretano"},
    {"Ceramic", "cerámico"},
    {"Steel", "de acero"}
  };
  private static final String[][] UNITS = {
    {"milligram", "miligramo", "mg"}, {"gram", "gramo", "g"}, {"microgram", "microgramo", "ug"},
    {"liter", "litro", "L"}, {"milliliter", "mililitro", "mL"}, {"millimole", "milimol", "mmol"},
    {"international unit", "unidad internacional", "[iU]"}, {"percent", "por ciento", "%"}
  };
  private static final String[][] PER = {
    {"", "", ""},
    {" per deciliter", " por decilitro", "/dL"},
    {" per liter", " por litro", "/L"},
    {" per kilogram", " por kilogramo", "/kg"},
    {" per hour", " por hora", "/h"}
  };
  private static final String[][] QUALIFIERS = {
    {"Positive", "positivo"},
    {"Negative", "negativo"},
    {"Elevated", "elevado"},
    {"Low", "bajo"},
    {"Present", "presente"},
    {"Absent", "ausente"},
    {"Abnormal", "anormal"},
    {"Borderline", "límite"}
  };

  private Names() {}

  /** The English name and the Spanish name for a concept of {@code style} with hash {@code h}. */
  static String[] of(Style style, long h, int localIndex) {
    long h2 = Mix.mix(h);
    return switch (style) {
      case CONDITION -> condition(h, h2);
      case INGREDIENT -> ingredient(h);
      case DRUG -> drug(h, h2);
      case MEASUREMENT -> measurement(h, h2);
      case PROCEDURE -> procedure(h, h2);
      case OBSERVATION -> observation(h, h2);
      case DEVICE -> device(h, h2);
      case UNIT -> unit(localIndex);
      case ANATOMY -> anatomy(h, h2);
      case QUALIFIER -> qualifier(h, h2);
    };
  }

  /** The UCUM-like code of the unit with this local index. */
  static String unitCode(int localIndex) {
    return unitParts(localIndex)[2];
  }

  private static String[] condition(long h, long h2) {
    String stem = compound(h);
    String[] suffix = pick(CONDITION_SUFFIXES, h2, 0);
    String[] modifier = pick(MODIFIERS, h2, 1);
    String[] site = pick(SITES, h2, 2);
    String en = capitalise(modifier[0].toLowerCase(java.util.Locale.ROOT));
    boolean withSite = bit(h2, 3);
    String english = en + " " + stem + suffix[0] + (withSite ? " of " + site[0] : "");
    String spanish =
        capitalise(stem + suffix[1]) + " " + modifier[1] + (withSite ? " de " + site[1] : "");
    return new String[] {english, spanish};
  }

  private static String[] ingredient(long h) {
    String[] parts = ingredientParts(h);
    return new String[] {capitalise(parts[0]), capitalise(parts[1])};
  }

  private static String[] ingredientParts(long h) {
    String head =
        DRUG_PREFIXES[Mix.below(h, DRUG_PREFIXES.length)]
            + DRUG_MIDDLES[Mix.below(h >>> 8, DRUG_MIDDLES.length)];
    String[] stem = pick(DRUG_STEMS, h, 4);
    return new String[] {head + stem[0], head + stem[1]};
  }

  private static String[] drug(long h, long h2) {
    String[] ingredient = ingredientParts(h);
    int dose = DOSES[Mix.below(h2, DOSES.length)];
    String[] form = pick(FORMS, h2, 1);
    return new String[] {
      capitalise(ingredient[0]) + " " + dose + " MG " + form[0],
      capitalise(ingredient[1]) + " " + dose + " mg " + form[1]
    };
  }

  private static String[] measurement(long h, long h2) {
    String stem = compound(h);
    String[] analyte = pick(ANALYTES, h2, 0);
    String[] property = pick(PROPERTIES, h2, 1);
    String[] specimen = pick(SPECIMENS, h2, 2);
    return new String[] {
      capitalise(stem + analyte[0]) + " [" + property[0] + "] in " + specimen[0],
      capitalise(analyte[1]) + " " + stem + "a [" + property[1] + "] en " + specimen[1]
    };
  }

  private static String[] procedure(long h, long h2) {
    String stem = compound(h);
    String[] suffix = pick(PROCEDURE_SUFFIXES, h2, 0);
    String[] site = pick(SITES, h2, 1);
    boolean partial = bit(h2, 2);
    return new String[] {
      (partial ? "Partial " : "") + capitalise(stem + suffix[0]) + " of " + site[0],
      capitalise(stem + suffix[1]) + (partial ? " parcial" : "") + " de " + site[1]
    };
  }

  private static String[] observation(long h, long h2) {
    String[] condition = condition(h, h2);
    boolean family = bit(h2, 5);
    return new String[] {
      (family ? "Family history of " : "History of ") + lowerFirst(condition[0]),
      (family ? "Antecedente familiar de " : "Antecedente de ") + lowerFirst(condition[1])
    };
  }

  private static String[] device(long h, long h2) {
    String[] device = pick(DEVICES, h, 0);
    String[] material = pick(MATERIALS, h2, 1);
    String stem = compound(h2);
    return new String[] {
      material[0] + " " + stem + "ic " + device[0],
      capitalise(device[1]) + " " + stem + "ico " + material[1]
    };
  }

  private static String[] unit(int localIndex) {
    String[] parts = unitParts(localIndex);
    return new String[] {parts[0], parts[1]};
  }

  private static String[] unitParts(int localIndex) {
    String[] unit = UNITS[localIndex % UNITS.length];
    String[] per = PER[(localIndex / UNITS.length) % PER.length];
    int round = localIndex / (UNITS.length * PER.length);
    String suffix = round == 0 ? "" : " " + (round + 1);
    return new String[] {
      unit[0] + per[0] + suffix,
      unit[1] + per[1] + suffix,
      unit[2] + per[2] + (round == 0 ? "" : "{" + round + "}")
    };
  }

  private static String[] anatomy(long h, long h2) {
    String[] site = pick(SITES, h, 0);
    String stem = compound(h2);
    return new String[] {
      "Structure of " + stem + "al region of " + site[0],
      "Estructura de la región " + stem + "al de " + site[1]
    };
  }

  private static String[] qualifier(long h, long h2) {
    String[] qualifier = pick(QUALIFIERS, h, 0);
    String[] modifier = pick(MODIFIERS, h2, 1);
    return new String[] {
      qualifier[0] + " " + modifier[0].toLowerCase(java.util.Locale.ROOT),
      capitalise(qualifier[1]) + " " + modifier[1]
    };
  }

  /** One or two roots joined, e.g. {@code gastroenter}. */
  private static String compound(long h) {
    String first = ROOTS[Mix.below(h, ROOTS.length)];
    if (!bit(h, 20)) {
      return first + LINKS[Mix.below(h >>> 24, LINKS.length)];
    }
    String second = ROOTS[Mix.below(h >>> 32, ROOTS.length)];
    return first + LINKS[Mix.below(h >>> 24, LINKS.length)] + second + "o";
  }

  private static String[] pick(String[][] words, long h, int slot) {
    return words[Mix.below(Long.rotateLeft(h, 9 * slot + 5), words.length)];
  }

  private static boolean bit(long h, int n) {
    return ((h >>> n) & 1L) == 1L;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
