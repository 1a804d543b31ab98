// ISO 3166-1 alpha-2 codes of the countries and territories a city or organization can
// belong to. Names come from the browser (Intl.DisplayNames) in the reader's language.
export const COUNTRY_CODES = (
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ " +
  "BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM " +
  "DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS " +
  "GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN " +
  "KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ " +
  "MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM " +
  "PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV " +
  "SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI " +
  "VN VU WF WS XK YE YT ZA ZM ZW"
).split(" ");

/** The flag emoji of an ISO alpha-2 code, built from regional indicator symbols. */
export function flagEmoji(code: string): string {
  if (!/^[A-Za-z]{2}$/.test(code)) return "";
  return String.fromCodePoint(
    ...code
      .toUpperCase()
      .split("")
      .map((letter) => 0x1f1e6 + letter.charCodeAt(0) - 65),
  );
}

const displayNames = new Map<string, Intl.DisplayNames>();

function namesFor(locale: string, type: "region" | "language"): Intl.DisplayNames | null {
  const key = `${locale}:${type}`;
  let names = displayNames.get(key);
  if (!names) {
    try {
      names = new Intl.DisplayNames([locale], { type, fallback: "code" });
    } catch {
      return null;
    }
    displayNames.set(key, names);
  }
  return names;
}

export function countryName(code: string, locale: string): string {
  try {
    return namesFor(locale, "region")?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export function languageName(code: string, locale: string): string {
  try {
    return namesFor(locale, "language")?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Country options for a Select, sorted by name in the reader's language. */
export function countryOptions(locale: string): { value: string; label: string }[] {
  const collator = new Intl.Collator(locale);
  return COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, locale) })).sort(
    (a, b) => collator.compare(a.label, b.label),
  );
}

// Languages people most often list on an expo platform (ISO 639-1 codes, as the API
// stores them); names come from Intl.DisplayNames.
export const COMMON_LANGUAGES = (
  "ar bn ca cs da de el en es fa fi fr he hi hu id it ja ko ms nl no pl pt ro ru sv sw th tr " +
  "uk ur vi zh"
).split(" ");
