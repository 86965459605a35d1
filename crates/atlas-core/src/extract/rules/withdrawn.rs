//! A statement taken back or denied ("withdrew an earlier statement that fighters had won back X",
//! "denied reports in some media that X had been handed over") and talk going round ("the talk that
//! the armed men had taken the Public Park"), a post a reader is told to ignore, one found to reuse
//! old footage, or one nobody put a name to ("someone posted that"): what they say is only
//! mentioned; it reports no change.

use super::*;

/// Verbs that take a statement back or deny it.
const TAKING_BACK: &[&str] = &[
    "withdrew",
    "withdraws",
    "withdrawn",
    "retracted",
    "retracts",
    "denied",
    "denies",
    "deny",
    "dismissed",
    "dismisses",
    "rejected",
    "rejects",
    "refuted",
    "refutes",
    "corrected",
    "corrects",
    "debunked",
    "disproved",
];

/// Nouns for what was said or published.
const STATEMENTS: &[&str] = &[
    "statement",
    "statements",
    "claim",
    "claims",
    "report",
    "reports",
    "announcement",
    "assertion",
    "assertions",
    "story",
    "stories",
    "rumour",
    "rumours",
    "rumor",
    "rumors",
    "post",
    "posts",
];

/// How many words may stand between the "that" and the statement's noun ("reports in some media
/// that"), and between the noun and the verb that takes it back ("withdrew an earlier statement").
const STATEMENT_REACH: usize = 4;

/// How far before the trigger its clause's "that" may stand ("that fighters had won back").
const THAT_REACH: usize = 8;

/// Whether the trigger stands in a "that" clause of a statement that a verb before it takes back
/// or denies.
pub(super) fn statement_taken_back(tokens: &[Token], trig: &Trigger) -> bool {
    let word = |k: usize| tokens[k].norm.as_str();
    let Some(that) = that_before(tokens, trig) else {
        return false;
    };
    let noun =
        (that.saturating_sub(STATEMENT_REACH)..that).rfind(|&k| STATEMENTS.contains(&word(k)));
    noun.is_some_and(|n| {
        (n.saturating_sub(STATEMENT_REACH)..n).any(|k| TAKING_BACK.contains(&word(k)))
    })
}

/// Words that find what was said false ("was checked … and found untrue").
const FOUND_FALSE: &[&str] = &[
    "untrue",
    "false",
    "unfounded",
    "baseless",
    "incorrect",
    "wrong",
];

/// How many words after the trigger the verdict on its statement may stand ("… entered the edge of
/// X was checked by our field team and found untrue").
const VERDICT_REACH: usize = 14;

/// "A report that rebels had entered X was checked and found untrue": the trigger stands in a
/// "that" clause of a statement's noun, and the sentence, after it, calls the statement false.
pub(super) fn statement_found_false(tokens: &[Token], trig: &Trigger) -> bool {
    let Some(that) = that_before(tokens, trig) else {
        return false;
    };
    let noun = that
        .checked_sub(1)
        .is_some_and(|k| STATEMENTS.contains(&tokens[k].norm.as_str()));
    noun && tokens[trig.tokens.end..]
        .iter()
        .take(VERDICT_REACH)
        .any(|t| FOUND_FALSE.contains(&t.norm.as_str()))
}

/// Nouns for what goes round without a teller.
const RUMOURS: &[&str] = &[
    "talk", "rumour", "rumours", "rumor", "rumors", "gossip", "hearsay", "whispers", "story",
    "stories", "message", "messages", "posts",
];

/// How many words may stand between a rumour's noun and its "that" ("stories went round on
/// Wednesday that").
const RUMOUR_REACH: usize = 6;

/// Whether the trigger stands in a "that" clause of talk going round ("there was talk among the
/// mothers that", "because of the talk that", "there was something on Twitter that").
pub(super) fn rumour_going_round(tokens: &[Token], trig: &Trigger) -> bool {
    let something_was = |k: usize| {
        tokens[k].norm == "something"
            && k > 0
            && ["was", "is"].contains(&tokens[k - 1].norm.as_str())
    };
    that_before(tokens, trig).is_some_and(|that| {
        (that.saturating_sub(RUMOUR_REACH)..that)
            .any(|k| RUMOURS.contains(&tokens[k].norm.as_str()) || something_was(k))
    })
}

/// The "that" opening the trigger's clause, at most [`THAT_REACH`] words before it.
fn that_before(tokens: &[Token], trig: &Trigger) -> Option<usize> {
    (trig.tokens.start.saturating_sub(THAT_REACH)..trig.tokens.start)
        .rfind(|&k| tokens[k].norm == "that")
}

/// Words that deny a saying before its "that" ("no source has shown that", "nobody confirmed that").
const NEGATORS: &[&str] = &["no", "nobody", "none", "never", "not", "neither", "nor"];
/// Verbs of showing or saying that a negator before them empties ("has not been shown that").
const SHOWING: &[&str] = &[
    "shown",
    "report",
    "show",
    "shows",
    "showed",
    "confirmed",
    "confirm",
    "confirms",
    "proved",
    "proven",
    "established",
    "reported",
    "said",
    "claimed",
    "suggested",
    "indicated",
    "evidence",
];
/// How many words before its "that" a denied saying may stand.
const DENIED_REACH: usize = 6;

/// "The Committee noted that no source, then or since, has shown that rebel forces took any part
/// of X": a change in the "that" clause of a saying denied (no one said or showed it) reports
/// nothing.
pub(super) fn nobody_showed(tokens: &[Token], trig: &Trigger) -> bool {
    saying_before_that(tokens, trig, SHOWING).is_some_and(|(from, verb)| {
        (from.saturating_sub(4)..verb).any(|k| {
            NEGATORS.contains(&tokens[k].norm.as_str())
                && tokens.get(k + 1).is_none_or(|t| t.norm != "only")
        })
    })
}

/// Verbs of saying a negated sayer may use without "that" ("nobody … says it has been taken").
const SAYING_SO: &[&str] = &[
    "says", "say", "said", "claims", "claimed", "thinks", "believes",
];

/// How many words may stand between such a verb and the trigger ("says it has been taken").
const SAID_SO_REACH: usize = 5;

/// "… fighting is inside the district but nobody on the ground says it has been taken": a change
/// nobody says happened, with no "that" between, reports nothing.
pub(super) fn nobody_says_so(tokens: &[Token], trig: &Trigger) -> bool {
    let verb = (trig.tokens.start.saturating_sub(SAID_SO_REACH)..trig.tokens.start)
        .rev()
        .take_while(|&k| tokens[k].is_word())
        .find(|&k| SAYING_SO.contains(&tokens[k].norm.as_str()));
    verb.is_some_and(|v| {
        (v.saturating_sub(4)..v)
            .take_while(|&k| tokens[k].is_word())
            .any(|k| ["nobody", "no"].contains(&tokens[k].norm.as_str()))
    })
}

/// "I was told twice that al-Marjeh had fallen before it had": a change said to have happened
/// before it did had not happened when it was said.
pub(super) fn said_before_it_happened(tokens: &[Token], trig: &Trigger) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    (trig.tokens.end..tokens.len())
        .take_while(|&k| tokens[k].is_word())
        .any(|k| {
            word(k) == "before"
                && ["it", "they"].contains(&word(k + 1))
                && ["had", "did", "was", "were"].contains(&word(k + 2))
                && tokens.get(k + 3).is_none_or(|t| !t.is_word())
        })
}

/// Where the clause of the trigger's "that" is said: the first of `verbs` at most [`DENIED_REACH`]
/// words before that "that", with where that reach begins.
fn saying_before_that(tokens: &[Token], trig: &Trigger, verbs: &[&str]) -> Option<(usize, usize)> {
    let that = that_before(tokens, trig)?;
    let from = that.saturating_sub(DENIED_REACH);
    (from..that)
        .find(|&k| verbs.contains(&tokens[k].norm.as_str()))
        .map(|verb| (from, verb))
}

/// Nouns for a piece of writing a correction quotes ("the article states that …", "last week's page
/// wrote that …"), not a report of news.
const WRITINGS: &[&str] = &[
    "article",
    "page",
    "edition",
    "issue",
    "piece",
    "column",
    "book",
    "chapter",
    "caption",
    "text",
    "answers",
    "answer",
    "draft",
    "manuscript",
    "script",
];
/// Verbs a piece of writing says things with.
const WRITING_SAYS: &[&str] = &[
    "states", "stated", "wrote", "writes", "said", "says", "claims", "claimed", "puts", "put",
    "stating", "saying",
];

/// "First, the article states (p. 152) that Kurdish forces entered X", "Note from the page
/// editor: last week's page wrote that the army had entered X": what a piece of writing is quoted
/// as saying, to be corrected, reports no change.
pub(super) fn writing_quoted(tokens: &[Token], trig: &Trigger) -> bool {
    saying_before_that(tokens, trig, WRITING_SAYS).is_some_and(|(_, verb)| {
        (verb.saturating_sub(3)..verb).any(|k| WRITINGS.contains(&tokens[k].norm.as_str()))
    })
}

/// Verbs that tell a reader to pay no heed.
const IGNORING: &[&str] = &["ignore", "disregard", "discount", "drop", "spike", "kill"];

/// How many tokens past "ignore" the statement's noun may stand ("Ignore the viral post", "Drop
/// the 17:00 line").
const IGNORED_REACH: usize = 6;

/// "Ignore the post saying rebels \"stormed back into X\" tonight", "Drop the 17:00 line \"ARMY
/// ENTERS X\"": a statement the sentence opens by telling the reader to ignore reports nothing.
pub(super) fn told_to_ignore(tokens: &[Token], trig: &Trigger) -> bool {
    let Some(first) = tokens[..trig.tokens.start].iter().position(Token::is_word) else {
        return false;
    };
    IGNORING.contains(&tokens[first].norm.as_str())
        && tokens[first + 1..trig.tokens.start]
            .iter()
            .take(IGNORED_REACH)
            .any(|t| STATEMENTS.contains(&t.norm.as_str()) || POSTED.contains(&t.norm.as_str()))
}

/// What is posted or sent round, besides [`STATEMENTS`].
const POSTED: &[&str] = &[
    "line",
    "lines",
    "strap",
    "straps",
    "crawl",
    "caption",
    "captions",
    "tweet",
    "tweets",
    "video",
    "videos",
    "clip",
    "clips",
    "message",
    "messages",
    "headline",
    "headlines",
];

/// Words that say footage is not new.
const REUSED: &[&str] = &[
    "reuses",
    "reused",
    "reusing",
    "recycles",
    "recycled",
    "recycling",
    "old",
    "older",
    "recirculated",
    "resurfaced",
];
/// What is filmed or photographed, or told before ("an old story from 2012").
const FOOTAGE: &[&str] = &[
    "footage", "video", "videos", "clip", "clips", "images", "pictures", "photos", "photo",
    "story", "stories", "post", "posts",
];

/// "… \"stormed back into X\" tonight — it reuses footage from 1 December", "… was an old story
/// from 2012 recirculated": a claim the same sentence, after it, finds to rest on old footage or
/// an old story reports nothing.
pub(super) fn rests_on_old_footage(tokens: &[Token], trig: &Trigger) -> bool {
    tells_of_old_footage(&tokens[trig.tokens.end..])
}

/// Whether words say footage or a story is old ("old footage", "recycled video"); a next sentence
/// that says so ("Checked: the video is old footage from Hanano.") undoes the claim before it.
pub(super) fn tells_of_old_footage(tokens: &[Token]) -> bool {
    (0..tokens.len()).any(|k| {
        REUSED.contains(&tokens[k].norm.as_str())
            && tokens[k + 1..]
                .iter()
                .take(2)
                .any(|t| FOOTAGE.contains(&t.norm.as_str()))
    })
}

/// Who posts without a name.
const NAMELESS: &[&str] = &["someone", "somebody", "anyone", "anybody"];
/// Verbs of posting or passing on.
const POSTING: &[&str] = &[
    "posted",
    "posts",
    "tweeted",
    "tweets",
    "shared",
    "shares",
    "wrote",
    "writes",
    "forwarded",
    "sent",
    "messaged",
];

/// "Someone posted that rebels took X last night": a post nobody put a name to, in a "that"
/// clause, reports no change.
pub(super) fn nameless_post(tokens: &[Token], trig: &Trigger) -> bool {
    saying_before_that(tokens, trig, POSTING).is_some_and(|(_, verb)| {
        verb.checked_sub(1)
            .is_some_and(|k| NAMELESS.contains(&tokens[k].norm.as_str()))
    })
}

/// Verbs an unnamed voice passes a change on with, a "that" after them or not.
const PASSING_ON: &[&str] = &[
    "says", "said", "saying", "claims", "claimed", "claiming", "posted", "posts", "tweeted",
    "wrote", "writes", "shared",
];

/// What speaks without a name when "a" or "an" stands before it ("a page is saying").
const UNNAMED_SOURCES: &[&str] = &[
    "page", "account", "channel", "user", "blog", "site", "website", "profile",
];

/// How far before the trigger an unnamed voice's verb may stand.
const PASSING_REACH: usize = 8;

/// "A page is saying al-Sakhour has fallen", "someone on Twitter says al-Sha'ar has fallen": a
/// change an unnamed voice passes on reports none.
pub(super) fn unnamed_voice_says(tokens: &[Token], trig: &Trigger) -> bool {
    let norm = |k: usize| tokens[k].norm.as_str();
    let from = trig.tokens.start.saturating_sub(PASSING_REACH);
    let Some(verb) = (from..trig.tokens.start).rfind(|&k| PASSING_ON.contains(&norm(k))) else {
        return false;
    };
    let unbroken = tokens[verb + 1..trig.tokens.start]
        .iter()
        .all(|t| t.is_word() || matches!(t.norm.as_str(), "'" | "’" | "-"));
    let mut subject_end = verb;
    while subject_end > 0
        && ["is", "was", "are", "were", "has", "had"].contains(&norm(subject_end - 1))
    {
        subject_end -= 1;
    }
    let nameless = (verb.saturating_sub(4)..verb).any(|k| NAMELESS.contains(&norm(k)));
    let source = subject_end >= 2
        && UNNAMED_SOURCES.contains(&norm(subject_end - 1))
        && ["a", "an"].contains(&norm(subject_end - 2));
    unbroken && (nameless || source)
}

/// Words that open what a denial is about ("denies what has been circulated about armed groups
/// entering X").
const DENIED_TOPICS: &[&str] = &["about", "regarding", "concerning"];

/// Words that open what is said, in English and the other languages the lexicon holds ("that",
/// "que", "dass", "że", "что", "bahwa").
const COMPLEMENTIZERS: &[&str] = &[
    "that", "que", "qu'", "qu’", "che", "dass", "dat", "że", "что", "що", "bahwa", "bahawa", "att",
    "hogy", "ότι", "kad", "ki", "أن", "إن", "ان", "بأن", "بان",
];

/// "Kelompok oposisi membantah laporan … bahwa distrik X telah jatuh", "les rebelles ont démenti
/// que l'armée ait pris X": a word of denial, and after it a "that" opening the change's clause,
/// before the trigger, or a noun of change right after it ("نفت المعارضة سقوط X", the opposition
/// denied the fall of X): what is denied reports no change.
pub(super) fn denied_before(text: &str, tokens: &[Token], trig: &Trigger, lex: &Lexicon) -> bool {
    lex.contradictions
        .find_all(text, &tokens[..trig.tokens.start])
        .iter()
        .any(|cue| {
            DENIALS_BEFORE.contains(&cue.phrase)
                || DENIAL_STEMS.iter().any(|d| cue.phrase.contains(d))
        }
            && (tokens[cue.end..trig.tokens.start].iter().any(|t| {
                COMPLEMENTIZERS.contains(&t.norm.as_str()) || DENIED_TOPICS.contains(&t.norm.as_str())
            })
                // "نفت المعارضة سقوط الشيخ سعيد": a noun of change the denial takes as its object.
                || (trig.nominal && trig.tokens.start - cue.end <= DENIED_NOUN_REACH)))
}

/// The English words of contradiction that deny what a "that" after them opens ("denied that").
const DENIALS_BEFORE: &[&str] = &["denied", "denies", "deny", "rejected", "disputed"];

/// The stems of other languages' verbs of denial, among the lexicon's words of contradiction
/// ("a démenti", "membantah", "опроверг").
const DENIAL_STEMS: &[&str] = &[
    "dément",
    "démenti",
    "desmint",
    "negó",
    "negaron",
    "smentit",
    "dementier",
    "bestritt",
    "bestreit",
    "ontken",
    "zaprzecz",
    "dementowa",
    "demantir",
    "opovrg",
    "опроверг",
    "отрица",
    "спростува",
    "запереч",
    "membantah",
    "menafikan",
    "yalanla",
    "desmentiu",
    "neagă",
    "dementi",
    "popřel",
    "popiera",
    "förneka",
    "benægt",
    "tagadt",
    "διέψευσ",
    "αρνήθηκ",
    "نفى",
    "نفت",
    "ينفي",
    "تنفي",
    "نفوا",
];

/// How many words may stand between a denial and the noun of change it denies ("نفت المعارضة
/// سقوط", "denied the rebels' capture of").
const DENIED_NOUN_REACH: usize = 3;

/// "True or false: rebels recaptured X in December." (a quiz's question): a change put to the
/// reader to judge reports nothing.
pub(super) fn put_as_true_or_false(tokens: &[Token], trig: &Trigger) -> bool {
    tokens[..trig.tokens.start]
        .windows(3)
        .any(|w| w[0].norm == "true" && w[1].norm == "or" && w[2].norm == "false")
}
