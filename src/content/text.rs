//! Text comparisons that decide whether a quotation is faithful.
//!
//! The source and the YAML may break lines differently, so quotations are compared with runs of
//! white space folded to one space. Nothing else is forgiven: punctuation, quotation marks and
//! case must match the source exactly.

/// Folds every run of white space (including no-break spaces and newlines) into one space and
/// trims both ends.
pub fn normalize_ws(s: &str) -> String {
    // Nearly every string of a pack is folded already; recognising that a block of bytes at a
    // time and copying it whole saves decoding every character of a large pack before its
    // first frame.
    if is_folded(s) {
        return s.to_owned();
    }
    fold_ws(s)
}

/// [`normalize_ws`] for a string the caller gives up: one already folded is kept, not copied.
pub fn normalize_ws_owned(s: String) -> String {
    if is_folded(&s) {
        return s;
    }
    fold_ws(&s)
}

/// Whether [`normalize_ws`] would leave `s` as it is: single spaces between words and none
/// at either end. Judged a block of bytes at a time (`content/scan.rs`): only a byte that may
/// start a white space character outside ASCII is decoded, to ask whether it does (a no-break
/// space does, a quotation mark does not).
pub fn is_folded(s: &str) -> bool {
    let bytes = s.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    if memchr::memmem::find(bytes, b"  ").is_some() {
        return false;
    }
    // Tab, line feed, vertical tab, form feed, carriage return; and the first bytes of the
    // white space characters above ASCII: U+0085 and U+00A0 (0xC2), U+1680 (0xE1),
    // U+2000–U+200A, U+2028, U+2029, U+202F and U+205F (0xE2), U+3000 (0xE3).
    let suspect = |b: u8| (b'\t'..=b'\r').contains(&b) || matches!(b, 0xc2 | 0xe1..=0xe3);
    !super::scan::positions(bytes, suspect).any(|i| {
        bytes.get(i).is_some_and(u8::is_ascii)
            || super::scan::char_at(s, i).is_some_and(char::is_whitespace)
    })
}

/// [`normalize_ws`] word by word.
fn fold_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The paragraphs of a source text: its non-empty lines, in order, numbered from 1.
pub fn paragraphs(source: &str) -> Vec<&str> {
    source
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect()
}

/// The words of a text, normalised for spotting copied prose: the unit [`ShingleIndex`] and
/// [`longest_shared_run`] compare.
///
/// Words are runs of letters and digits; everything else separates them (white space,
/// punctuation, hyphens and dashes, typographic or straight quotation marks), except that
/// apostrophes inside a word are dropped, so `Russia’s` and `Russia's` are the same word. Each
/// word is lower-cased and put through [`spelling_key`], so British and American spellings of
/// a word count as one.
pub fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    each_word(s, |w| out.push(w));
    out
}

/// Calls `f` with each of the [`words`] of `s` in turn, so a long text's words need not be
/// held all at once.
fn each_word(s: &str, mut f: impl FnMut(String)) {
    let mut word = String::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else if is_apostrophe(c) && !word.is_empty() {
            // Inside a word ("Russia’s", "don't"): dropped. At the end of one it is dropped too.
        } else if !word.is_empty() {
            f(spelling_key(&word));
            word.clear();
        }
    }
    if !word.is_empty() {
        f(spelling_key(&word));
    }
}

/// The [`words`] of `s`, each as a 64-bit hash: what a [`ShingleIndex`] is made of.
fn word_hashes(s: &str) -> Vec<u64> {
    let mut out = Vec::new();
    each_word(s, |w| out.push(hash_of(&w)));
    out
}

/// The hash of a run of words' hashes, the same whether the run is held in a slice or in a
/// ring buffer.
fn window_hash<'a>(words: impl IntoIterator<Item = &'a u64>) -> u64 {
    use std::hash::Hasher;
    let mut hasher = std::hash::DefaultHasher::new();
    for w in words {
        hasher.write_u64(*w);
    }
    hasher.finish()
}

/// A hash that is the same in every run (SipHash with fixed keys), so findings never vary.
fn hash_of<T: std::hash::Hash + ?Sized>(value: &T) -> u64 {
    use std::hash::Hasher;
    let mut hasher = std::hash::DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

/// One spelling for words that British and American English spell differently, so that a
/// paraphrase cannot pass for own words by a change of spelling. `word` is lower case.
///
/// The rules map the British form to the American one: `-ise`/`-isation` to `-ize`/`-ization`
/// (`recognising`, `organisation`), `-yse` to `-yze` (`analysed`), `-our` to `-or`
/// (`neighbours`, `favourable`), `-tre`/`-bre` to `-ter`/`-ber` (`centre`, `fibre`), a doubled
/// `l` before an ending (`travelled`, `signalling`), `-ogue` to `-og` (`dialogue`), and a few
/// single words (`defence`, `judgement`, `grey`, `programme`). Short words are left alone, so
/// `four` stays apart from `for` and `prize` from `prise`. Applied to both sides of a
/// comparison, a rule can only ever merge two spellings, never hide a difference in wording.
pub fn spelling_key(word: &str) -> String {
    if let Some(&(_, american)) = SINGLE_WORDS.iter().find(|(british, _)| *british == word) {
        return american.to_string();
    }
    for &(british, american, min_stem) in SUFFIXES {
        if let Some(stem) = word.strip_suffix(british)
            && stem.chars().count() >= min_stem
            && stem.chars().all(char::is_alphabetic)
        {
            return format!("{stem}{american}");
        }
    }
    word.to_string()
}

/// British spellings of single words and their American forms.
const SINGLE_WORDS: &[(&str, &str)] = &[
    ("defence", "defense"),
    ("defences", "defenses"),
    ("offence", "offense"),
    ("offences", "offenses"),
    ("licence", "license"),
    ("licences", "licenses"),
    ("pretence", "pretense"),
    ("judgement", "judgment"),
    ("judgements", "judgments"),
    ("acknowledgement", "acknowledgment"),
    ("grey", "gray"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("ageing", "aging"),
    ("manoeuvre", "maneuver"),
    ("manoeuvres", "maneuvers"),
];

/// British endings, the American ending each becomes, and how many letters must come before
/// it for the rule to apply. The first ending that fits is used.
const SUFFIXES: &[(&str, &str, usize)] = &[
    ("isations", "izations", 3),
    ("isation", "ization", 3),
    ("ising", "izing", 3),
    ("ised", "ized", 3),
    ("ises", "izes", 3),
    ("iser", "izer", 3),
    ("isers", "izers", 3),
    ("ise", "ize", 3),
    ("ysing", "yzing", 3),
    ("ysed", "yzed", 3),
    ("yses", "yzes", 3),
    ("yse", "yze", 3),
    ("ourable", "orable", 3),
    ("ourably", "orably", 3),
    ("ourhood", "orhood", 3),
    ("ouring", "oring", 3),
    ("ourite", "orite", 3),
    ("ourites", "orites", 3),
    ("ourful", "orful", 3),
    ("ourless", "orless", 3),
    ("oured", "ored", 3),
    ("ourer", "orer", 3),
    ("ours", "ors", 3),
    ("our", "or", 3),
    ("tres", "ters", 2),
    ("tred", "tered", 2),
    ("tre", "ter", 2),
    ("bres", "bers", 2),
    ("bre", "ber", 2),
    ("ogues", "ogs", 3),
    ("ogue", "og", 3),
    ("elled", "eled", 3),
    ("elling", "eling", 3),
    ("eller", "eler", 3),
    ("ellers", "elers", 3),
    ("alled", "aled", 3),
    ("alling", "aling", 3),
];

/// The length of the longest run of consecutive words that `text` shares with the indexed
/// source, both read by [`words`] (so case, punctuation and spelling variants do not count).
/// Used to tell own words from copied sentences.
pub fn longest_shared_run(text: &str, source_index: &ShingleIndex) -> usize {
    let w = word_hashes(text);
    let n = source_index.size;
    let mut best = 0;
    let mut consecutive = 0;
    for window in w.windows(n) {
        if source_index.contains(window) {
            consecutive += 1;
            best = best.max(consecutive + n - 1);
        } else {
            consecutive = 0;
        }
    }
    best
}

/// Every run of `size` consecutive words in a text, for fast copy detection. Each run is
/// kept as a 64-bit hash of its words' hashes rather than as text: a tenth of the memory for
/// a long source, and two different runs sharing a hash is too unlikely to matter for a
/// check that only warns.
pub struct ShingleIndex {
    size: usize,
    set: std::collections::HashSet<u64>,
}

impl ShingleIndex {
    pub fn new(text: &str, size: usize) -> Self {
        let size = size.max(1);
        // Word by word through a window of the last `size` words, rather than hashing every
        // word of the source first: a long source's word list is never held whole.
        let mut set = std::collections::HashSet::new();
        let mut window = std::collections::VecDeque::with_capacity(size);
        each_word(text, |w| {
            if window.len() == size {
                window.pop_front();
            }
            window.push_back(hash_of(&w));
            if window.len() == size {
                set.insert(window_hash(&window));
            }
        });
        Self { size, set }
    }

    pub fn size(&self) -> usize {
        self.size
    }

    fn contains(&self, window: &[u64]) -> bool {
        self.set.contains(&window_hash(window))
    }
}

/// Levenshtein distance, for "did you mean" suggestions on ids.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        if let Some(first) = cur.first_mut() {
            *first = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            let del = prev.get(j + 1).copied().unwrap_or(usize::MAX) + 1;
            let ins = cur.get(j).copied().unwrap_or(usize::MAX) + 1;
            let sub = prev.get(j).copied().unwrap_or(usize::MAX) + cost;
            if let Some(slot) = cur.get_mut(j + 1) {
                *slot = del.min(ins).min(sub);
            }
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.last().copied().unwrap_or(0)
}

/// The candidates nearest to `wanted`, best first: at most `limit`, and only plausible ones.
pub fn nearest<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    limit: usize,
) -> Vec<&'a str> {
    let mut scored: Vec<(usize, &str)> = candidates
        .into_iter()
        .map(|c| {
            let mut d = edit_distance(wanted, c);
            if c.contains(wanted) || wanted.contains(c) {
                d = d.min(1);
            }
            (d, c)
        })
        .filter(|(d, c)| *d <= (wanted.chars().count().max(c.chars().count()) / 2).max(2))
        .collect();
    scored.sort();
    scored.into_iter().take(limit).map(|(_, c)| c).collect()
}

/// Where two strings stop agreeing, as a char count into `a`. Used to show how a misquoted
/// passage differs from its closest match in the source.
pub fn common_prefix_chars(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        // PROPTEST_CASES sets how many strings are tried (256 by default).
        #[test]
        fn the_folded_shortcut_changes_nothing(s in "[ a-c\t\n\r\u{b}\u{c}\u{85}\u{a0}\u{1680}\u{2003}\u{2028}\u{205f}\u{3000}é中“ក]{0,12}") {
            proptest::prop_assert_eq!(normalize_ws(&s), fold_ws(&s));
            proptest::prop_assert_eq!(is_folded(&s), fold_ws(&s) == s);
        }
    }

    #[test]
    fn every_character_deep_in_a_long_text_is_judged_as_folding_judges_it() {
        crate::content::scan::every_char_in_long_text(
            |text, c| text.push(c),
            |s| assert_eq!(is_folded(s), fold_ws(s) == s, "{s:?}"),
        );
    }

    #[test]
    fn white_space_far_into_a_long_text_is_seen() {
        let long = "word “quoted” ".repeat(20);
        let long = long.trim_end();
        assert!(is_folded(long));
        for odd in [
            "  ", "\t", "\n", "\u{b}", "\u{c}", "\r", "\u{a0}", "\u{1680}", "\u{2028}", "\u{3000}",
        ] {
            let at = long.len() - 7;
            let bent = format!("{}{odd}{}", &long[..at], &long[at..]);
            assert!(!is_folded(&bent), "{odd:?}");
        }
        assert!(!is_folded(&format!("{long} ")));
    }

    #[test]
    fn folds_white_space_of_every_kind() {
        assert_eq!(normalize_ws("  a\n b\u{a0}\tc  "), "a b c");
    }

    #[test]
    fn paragraphs_skip_blank_lines() {
        assert_eq!(
            paragraphs("one\n\n  two \n\nthree"),
            vec!["one", "two", "three"]
        );
    }

    #[test]
    fn shared_runs_are_measured_in_words() {
        let index = ShingleIndex::new("the quick brown fox jumps over the lazy dog", 3);
        assert_eq!(longest_shared_run("a quick brown fox sat", &index), 3);
        assert_eq!(longest_shared_run("The quick, brown fox jumps!", &index), 5);
        assert_eq!(longest_shared_run("nothing in common here", &index), 0);
    }

    /// `a` and `b` read as the same words.
    fn same(a: &str, b: &str) -> bool {
        words(a) == words(b)
    }

    #[test]
    fn words_ignore_case_punctuation_and_the_style_of_quotes() {
        assert_eq!(
            words("“Contain” China’s rise—now!"),
            ["contain", "chinas", "rise", "now"]
        );
        assert!(same(
            "China’s neighbours’ “socialist camp”",
            "china's neighbors' 'Socialist Camp'"
        ));
        assert!(same("Russia’s", "Russia's"));
        assert!(same("U.S.-led", "U. S. led"));
        assert_eq!(words("three-decades-long"), ["three", "decades", "long"]);
        assert_eq!(words("Asia-Pacific—both"), ["asia", "pacific", "both"]);
        assert!(words(" — … ").is_empty());
    }

    #[test]
    fn british_and_american_spellings_are_one_word() {
        for (british, american) in [
            ("recognising", "recognizing"),
            ("Recognised", "recognized"),
            ("organisation", "organization"),
            ("organisations", "organizations"),
            ("capitalise", "capitalize"),
            ("analysed", "analyzed"),
            ("paralyse", "paralyze"),
            ("neighbour", "neighbor"),
            ("neighbours", "neighbors"),
            ("neighbourhood", "neighborhood"),
            ("behaviour", "behavior"),
            ("favourable", "favorable"),
            ("favourite", "favorite"),
            ("colouring", "coloring"),
            ("honoured", "honored"),
            ("centre", "center"),
            ("centres", "centers"),
            ("centred", "centered"),
            ("metre", "meter"),
            ("theatre", "theater"),
            ("fibre", "fiber"),
            ("defence", "defense"),
            ("judgement", "judgment"),
            ("travelled", "traveled"),
            ("travelling", "traveling"),
            ("signalled", "signaled"),
            ("dialogue", "dialog"),
            ("catalogues", "catalogs"),
            ("grey", "gray"),
            ("programme", "program"),
        ] {
            assert!(
                same(british, american),
                "{british} should read as {american}"
            );
        }
    }

    #[test]
    fn short_and_unrelated_words_stay_apart() {
        for (a, b) in [
            ("four", "for"),
            ("our", "or"),
            ("your", "yor"),
            ("hour", "hor"),
            ("rise", "rize"),
            ("prise", "prize"),
            ("filled", "filed"),
            ("called", "caled"),
            ("centre", "cent"),
            ("neighbour", "neighbours"),
        ] {
            assert!(!same(a, b), "{a} and {b} should stay different words");
        }
        // A word that needs no change is left as it is.
        for w in [
            "recognize",
            "neighbor",
            "center",
            "defense",
            "dialog",
            "2013",
            "1990s",
        ] {
            assert_eq!(spelling_key(w), w);
        }
    }

    #[test]
    fn a_change_of_spelling_does_not_hide_copied_words() {
        let source = "China did not follow Russia in recognizing Abkhazia and South Ossetia and \
                      has taken a neutral stance.";
        let abkhazia = ShingleIndex::new(source, 8);
        assert_eq!(
            longest_shared_run(
                "China declined to follow Russia in recognising Abkhazia and South Ossetia and \
                 stays neutral.",
                &abkhazia
            ),
            9
        );
        let index = ShingleIndex::new(
            "constraining the West’s recent trend toward interference in other nations’ affairs",
            8,
        );
        assert_eq!(
            longest_shared_run(
                "CONSTRAINING the West's recent trend toward interference in other nations' affairs",
                &index
            ),
            11
        );
        // Seven shared words are allowed through; the check reports runs of eight or more.
        assert_eq!(
            longest_shared_run("follow Russia in recognising Abkhazia and South", &abkhazia),
            0
        );
    }

    #[test]
    fn nearest_prefers_close_ids() {
        let ids = ["energy", "arms", "multipolar"];
        assert_eq!(nearest("enrgy", ids, 2), vec!["energy"]);
        assert!(nearest("zzzzzzzzzz", ids, 2).is_empty());
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
