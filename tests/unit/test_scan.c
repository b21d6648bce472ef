/* scan and clean: the tricky cases, each a table row with a description.
 *
 * For every row: clean() must give the expected text; clean is idempotent;
 * the offset map applied to the input reproduces the output; feeding the
 * input to a stream in 1-byte and in odd-sized chunks gives exactly the
 * one-shot output and findings. */
#include <stdlib.h>
#include <string.h>

#include "unspoof.h"
#include "data/lookalike.gen.h"
#include "scan/fast.h"
#include "util.h"

struct row {
	const char *what;
	const char *in;
	const char *out;  /* expected clean() output; NULL = unchanged */
	int verdict;      /* expected verdict, -1 = don't care */
};

#define SAME NULL
#define ANY -1
#define CLEAN UNSPOOF_VERDICT_CLEAN
#define SUSP UNSPOOF_VERDICT_SUSPICIOUS
#define OBF UNSPOOF_VERDICT_OBFUSCATED

static const struct row rows[] = {
	/* The motivating case. */
	{"Cyrillic п for n and Greek υ for u in English",
	 "Robert Pla\u043Ft stepped q\u03C5ietly thro\u03C5gh the door of the old mill o\u043F Friday.",
	 "Robert Plant stepped quietly through the door of the old mill on Friday.", OBF},
	{"a one-letter word of lookalikes, restored from the document's context",
	 "The ba\u043Fd played rock \u2018\u043F\u2019 roll a\u043Fd the crowd sa\u043Fg alo\u043Fg.",
	 "The band played rock \u2018n\u2019 roll and the crowd sang along.", OBF},
	{"case preserved: Cyrillic capital А in an English word",
	 "\u0410nd then the \u0421ompany said nothing.",
	 "And then the Company said nothing.", ANY},
	{"Latin letters inside Russian words",
	 "\u041F\u0440\u0438\u0432e\u0442, \u043Ce\u043D\u044F \u0437\u043E\u0432\u0443\u0442 \u0410\u043D\u043D\u0430, \u044F \u0436\u0438\u0432\u0443 \u0432 \u041C\u043E\u0441\u043A\u0432e.",
	 "\u041F\u0440\u0438\u0432\u0435\u0442, \u043C\u0435\u043D\u044F \u0437\u043E\u0432\u0443\u0442 \u0410\u043D\u043D\u0430, \u044F \u0436\u0438\u0432\u0443 \u0432 \u041C\u043E\u0441\u043A\u0432\u0435.", OBF},
	{"a path in Russian text stays Latin though the paragraph has substitutions",
	 "Перезапустите dhcpd командой /etc/init.d/isc-dhcp-server и прoверьте журнал.",
	 "Перезапустите dhcpd командой /etc/init.d/isc-dhcp-server и проверьте журнал.", ANY},
	{"one stray Latin letter in a long Russian text (a typo) is suspicious, not obfuscated",
	 "\u0414\u043E\u0431\u0440o \u043F\u043E\u0436\u0430\u043B\u043E\u0432\u0430\u0442\u044C \u0432 \u043F\u0440\u043E\u0433\u0440\u0430\u043C\u043C\u0443 \u043D\u0430\u0441\u0442\u0440\u043E\u0439\u043A\u0438 \u043F\u043E\u0447\u0442\u044B. \u0417\u0434\u0435\u0441\u044C \u0432\u044B \u043C\u043E\u0436\u0435\u0442\u0435 \u0443\u043A\u0430\u0437\u0430\u0442\u044C \u0430\u0434\u0440\u0435\u0441 \u0441\u0435\u0440\u0432\u0435\u0440\u0430, \u0438\u043C\u044F \u043F\u043E\u043B\u044C\u0437\u043E\u0432\u0430\u0442\u0435\u043B\u044F \u0438 \u043F\u0430\u0440\u043E\u043B\u044C, \u0432\u044B\u0431\u0440\u0430\u0442\u044C \u0441\u043F\u043E\u0441\u043E\u0431 \u043F\u0440\u043E\u0432\u0435\u0440\u043A\u0438 \u043F\u043E\u0434\u043B\u0438\u043D\u043D\u043E\u0441\u0442\u0438 \u0438 \u0437\u0430\u0434\u0430\u0442\u044C, \u043A\u0430\u043A \u0447\u0430\u0441\u0442\u043E \u043F\u0440\u043E\u0432\u0435\u0440\u044F\u0442\u044C \u043D\u043E\u0432\u044B\u0435 \u043F\u0438\u0441\u044C\u043C\u0430. \u0412\u0441\u0435 \u043F\u0430\u0440\u0430\u043C\u0435\u0442\u0440\u044B \u043C\u043E\u0436\u043D\u043E \u0438\u0437\u043C\u0435\u043D\u0438\u0442\u044C \u043F\u043E\u0437\u0436\u0435 \u0432 \u043E\u043A\u043D\u0435 \u043D\u0430\u0441\u0442\u0440\u043E\u0435\u043A \u0443\u0447\u0451\u0442\u043D\u043E\u0439 \u0437\u0430\u043F\u0438\u0441\u0438, \u043A\u043E\u0442\u043E\u0440\u043E\u0435 \u043E\u0442\u043A\u0440\u044B\u0432\u0430\u0435\u0442\u0441\u044F \u0438\u0437 \u0433\u043B\u0430\u0432\u043D\u043E\u0433\u043E \u043C\u0435\u043D\u044E \u043F\u0440\u043E\u0433\u0440\u0430\u043C\u043C\u044B.",
	 "\u0414\u043E\u0431\u0440\u043E \u043F\u043E\u0436\u0430\u043B\u043E\u0432\u0430\u0442\u044C \u0432 \u043F\u0440\u043E\u0433\u0440\u0430\u043C\u043C\u0443 \u043D\u0430\u0441\u0442\u0440\u043E\u0439\u043A\u0438 \u043F\u043E\u0447\u0442\u044B. \u0417\u0434\u0435\u0441\u044C \u0432\u044B \u043C\u043E\u0436\u0435\u0442\u0435 \u0443\u043A\u0430\u0437\u0430\u0442\u044C \u0430\u0434\u0440\u0435\u0441 \u0441\u0435\u0440\u0432\u0435\u0440\u0430, \u0438\u043C\u044F \u043F\u043E\u043B\u044C\u0437\u043E\u0432\u0430\u0442\u0435\u043B\u044F \u0438 \u043F\u0430\u0440\u043E\u043B\u044C, \u0432\u044B\u0431\u0440\u0430\u0442\u044C \u0441\u043F\u043E\u0441\u043E\u0431 \u043F\u0440\u043E\u0432\u0435\u0440\u043A\u0438 \u043F\u043E\u0434\u043B\u0438\u043D\u043D\u043E\u0441\u0442\u0438 \u0438 \u0437\u0430\u0434\u0430\u0442\u044C, \u043A\u0430\u043A \u0447\u0430\u0441\u0442\u043E \u043F\u0440\u043E\u0432\u0435\u0440\u044F\u0442\u044C \u043D\u043E\u0432\u044B\u0435 \u043F\u0438\u0441\u044C\u043C\u0430. \u0412\u0441\u0435 \u043F\u0430\u0440\u0430\u043C\u0435\u0442\u0440\u044B \u043C\u043E\u0436\u043D\u043E \u0438\u0437\u043C\u0435\u043D\u0438\u0442\u044C \u043F\u043E\u0437\u0436\u0435 \u0432 \u043E\u043A\u043D\u0435 \u043D\u0430\u0441\u0442\u0440\u043E\u0435\u043A \u0443\u0447\u0451\u0442\u043D\u043E\u0439 \u0437\u0430\u043F\u0438\u0441\u0438, \u043A\u043E\u0442\u043E\u0440\u043E\u0435 \u043E\u0442\u043A\u0440\u044B\u0432\u0430\u0435\u0442\u0441\u044F \u0438\u0437 \u0433\u043B\u0430\u0432\u043D\u043E\u0433\u043E \u043C\u0435\u043D\u044E \u043F\u0440\u043E\u0433\u0440\u0430\u043C\u043C\u044B.", SUSP},
	{"Latin letters inside Greek words",
	 "\u039A\u03B1\u03BB\u03B7\u03BC\u03AD\u03C1a \u03C3\u03B5 \u03CC\u03BB\u03BF\u03C5\u03C2 \u03BA\u03B1\u03B9 \u03BA\u03B1\u03BB\u03AE \u03B5\u03B2\u03B4\u03BF\u03BC\u03AC\u03B4a.",
	 "\u039A\u03B1\u03BB\u03B7\u03BC\u03AD\u03C1\u03B1 \u03C3\u03B5 \u03CC\u03BB\u03BF\u03C5\u03C2 \u03BA\u03B1\u03B9 \u03BA\u03B1\u03BB\u03AE \u03B5\u03B2\u03B4\u03BF\u03BC\u03AC\u03B4\u03B1.", ANY},
	{"Cherokee and Armenian lookalikes in English",
	 "\u13AAll g\u0585\u0585d things come t\u0585 those who wait.",
	 "All good things come to those who wait.", OBF},
	{"Greek pi symbol (whose twin Cyrillic п its restored π lacks) is a Greek anchor from the first clean",
	 "\u03D6k b", "\u03C0\u03BA b", ANY},
	{"a word of 30 dotless \u0131 in an obfuscated text is judged whole (it was judged 24 letters at a time, once only)",
	 "Th\u0435 qu\u0456\u0441k br\u043Ewn f\u043Ex jumps \u043Ev\u0435r th\u0435 l\u0430z\u0443 d\u043Eg. "
	 "\u0131\u0131\u0131\u0131\u0131\u0131\u0131\u0131\u0131\u0131\u0131\u0131\u0131\u0131\u0131"
	 "\u0131\u0131\u0131\u0131\u0131\u0131\u0131\u0131\u0131\u0131\u0131\u0131\u0131\u0131\u0131 is this.",
	 "The quick brown fox jumps over the lazy dog. iiiiiiiiiiiiiiiiiiiiiiiiiiiiii is this.", ANY},
	{"a word with a fancy letter is left to the fancy rule, not restored into the text's script (a mixed word would come out)",
	 "\u24D7b \u0419", "hb \u0419", ANY},
	{"a word of fancy letters only is not restored into the text's script by context (nothing in it can be)",
	 "f\u043E\U0001D765 \U0001D765", "fo\U0001D765 \u03A0", ANY},
	/* (Found by fuzzing with a Han letter where the Ethiopic one is:
	 * beside Han, fullwidth letters are CJK typography, cjk_wide().) */
	{"two short Cyrillic words between a mixed word and a Latin one: a second clean judges them alike",
	 "\uFF37\uFF4C\u1200\u0500 \u0440 \u0440 d", "Wl\u1200\u0500 p p d", ANY},
	{"the glued-word test counts a fancy letter in its letter's script (a long Latin run, Cyrillic che, bold e), "
	 "and the restored word writes it as its letter's Cyrillic twin",
	 "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT\u0447\U0001D41E",
	 "\u0422\u0422\u0422\u0422\u0422\u0422\u0422\u0422\u0422\u0422\u0422\u0422\u0422\u0422\u0422\u0422"
	 "\u0422\u0422\u0422\u0422\u0422\u0422\u0422\u0422\u0422\u0422\u0422\u0422\u0422\u0422\u0422"
	 "\u0447\u0435", ANY},
	{"bold Latin letters at the end of a word restored into Cyrillic become Cyrillic too (a second clean "
	 "would take them for a Latin word glued on)",
	 "T\u0447\U0001D41E\U0001D41A\U0001D41B", "\u0422\u0447\u0435\u0430\u044C", ANY},
	{"Cyrillic \u0442 in English words stands for t, never m (it, not im; data, not dama)",
	 "Some people say i\u0442 works, and they send da\u0442a to i\u0442 every day.",
	 "Some people say it works, and they send data to it every day.", ANY},
	{"a Lisu \uA4F2 that follows no small letter is a capital I, whatever follows it (Ian, NICs, IDs; the letter models prefer lan, NlCs, lDs)",
	 "The \uA4F2an Murdock project began. Wireless N\uA4F2\uA4DAs are not supported by the \uA4D3ebian kernel. These \uA4F2\uA4D3s are assigned.",
	 "The Ian Murdock project began. Wireless NICs are not supported by the Debian kernel. These IDs are assigned.", ANY},
	{"IPA alpha inside an English word", "The b\u0251nk opened at nine and the b\u0251nk closed at five.",
	 "The bank opened at nine and the bank closed at five.", ANY},

	/* Fancy fonts. */
	{"mathematical bold", "This is \U0001D41B\U0001D428\U0001D425\U0001D41D text.",
	 "This is bold text.", ANY},
	{"mathematical script", "\U0001D4C8\U0001D4B8\U0001D4C7\U0001D4BE\U0001D4C5\U0001D4C9 letters",
	 "script letters", ANY},
	{"fullwidth", "\uFF46\uFF55\uFF4C\uFF4C\uFF57\uFF49\uFF44\uFF54\uFF48 forms", "fullwidth forms", ANY},
	{"circled", "\u24D2\u24D8\u24E1\u24D2\u24DB\u24D4\u24D3 letters", "circled letters", ANY},
	{"negative squared", "\U0001F170\U0001F171\U0001F172 news", "ABC news", ANY},
	{"small capitals", "\u1D04\u029F\u026A\u1D04\u1D0B here", "click here", ANY},
	{"a single mathematical letter in a formula stays", "Let \U0001D465 be the unknown and f(\U0001D465) = 2.",
	 SAME, ANY},
	{"a one-letter fancy word in a document with other fancy words is restored (French elision, one-letter word)",
	 "Il n\u2019est pas possible \U0001D41D\u2019utiliser les \U0001D429\U0001D41A\U0001D42B\U0001D42D\U0001D422\U0001D42D\U0001D422\U0001D428\U0001D427\U0001D42C, ni \U0001D5EE cette \U0001D5F0\U0001D5F9\U0001D5F2.",
	 "Il n\u2019est pas possible d\u2019utiliser les partitions, ni a cette cle.", ANY},
	{"a one-letter fancy word in a document that shows other substitutions but no fancy word is restored (Serbian u, French l\u2019, a variable n)",
	 "Ne mogu da u\u0111\u0435m u fasciklu.\n\nPozicija pregleda, \U0001D4CA pikselima, od 0 do \U0001D5C7.\n\n"
	 "Supprimer \U0001D62D\u2019analyse.\n",
	 "Ne mogu da u\u0111em u fasciklu.\n\nPozicija pregleda, u pikselima, od 0 do n.\n\n"
	 "Supprimer l\u2019analyse.\n", ANY},

	/* Invisible characters, marks, bidi. */
	{"zero-width space inside a word", "Your pass\u200Bword has ex\u200Cpired.",
	 "Your password has expired.", OBF},
	{"a soft hyphen after \u00C3, \u00CE or \u00D0 is the byte AD of mojibake (UTF-8 read as Latin-1: \u00C3\u00AD for \u00ED, \u00CE\u00AD for \u03AD, \u00D0\u00AD for \u042D): kept, no finding",
	 "Sin fakeroot uno necesitar\u00C3\u00ADa ser superusuario.\n\nEl texto \u00CE\u00AD\u00CE\u00BD\u00CE\u00B1 y \u00D0\u00AD\u00D0\u00B9.\n",
	 SAME, CLEAN},
	{"... but one after \u00DC in a German word is an obfuscator's", "Die \u00DC\u00ADbersetzung ist fertig.",
	 "Die \u00DCbersetzung ist fertig.", ANY},
	{"word joiner and BOM inside words", "free mo\u2060ney for every\uFEFFone",
	 "free money for everyone", ANY},
	{"stacked combining marks (zalgo)",
	 "h\u0338\u0322\u034D\u0313e\u0335\u031E\u0301\u0350llo wo\u0336\u0327\u0324\u0346rld",
	 "hello world", OBF},
	{"an Arabic letter under eight fathas (the script's own mark, repeated) keeps one",
	 "\u0643\u062A\u0628 \u0633\u064E\u064E\u064E\u064E\u064E\u064E\u064E\u064E \u0641\u064A \u0627\u0644\u0643\u062A\u0627\u0628",
	 "\u0643\u062A\u0628 \u0633\u064E \u0641\u064A \u0627\u0644\u0643\u062A\u0627\u0628", ANY},
	{"an Arabic letter under fatha and shadda alternating (own marks, no run of one) keeps the first two",
	 "\u0643\u062A\u0628 \u0633\u064E\u0651\u064E\u0651\u064E\u0651\u064E \u0641\u064A",
	 "\u0643\u062A\u0628 \u0633\u064E\u0651 \u0641\u064A", ANY},
	{"a Hindi vowel sign typed twice and an Arabic shadda, fatha, shadda stay (two repeats at most)",
	 "\u091F\u093F\u093F \u0915\u0930 \u0633\u0651\u064E\u0651\u064E \u0641\u064A",
	 SAME, ANY},
	{"zalgo marks on a Hindi letter whose vowel sign the author typed twice: the foreign marks go, the typo stays",
	 "\u0915\u0930 \u091F\u093F\u093F\u0338\u0336\u0335 \u0915\u0930",
	 "\u0915\u0930 \u091F\u093F\u093F \u0915\u0930", ANY},
	{"vocalized Arabic (shadda with a vowel, tanwin) and pointed Hebrew with cantillation stay",
	 "\u0645\u064F\u062D\u064E\u0645\u064E\u0651\u062F\u064C \u0631\u064E\u0633\u064F\u0648\u0644\u064F \u0627\u0644\u0644\u0651\u064E\u0647\u0650 \u05D1\u05BC\u05B0\u05E8\u05B5\u05D0\u05E9\u05C1\u05B4\u0596\u05D9\u05EA \u05D1\u05BC\u05B8\u05E8\u05B8\u05D0",
	 SAME, CLEAN},
	{"bidi override inside an English word", "invoice_\u202Efdp.exe", "invoice_fdp.exe", ANY},
	{"left-to-right marks at the edges of a Serbian line (no right-to-left text) stay",
	 "\u200E\u0412\u0440\u0435\u0434\u043D\u043E\u0441\u0442 \u043F\u043E\u0442\u0435\u043D\u0446\u0438\u043E\u043C\u0435\u0442\u0440\u0430 \u0438\u0437\u043D\u0430\u0434 \u0458\u0435 \u043C\u0430\u045A\u0430 \u043E\u0434 5\u200E",
	 SAME, ANY},
	{"a left-to-right mark inside a Serbian word goes",
	 "\u0412\u0440\u0435\u0434\u200E\u043D\u043E\u0441\u0442 \u043F\u043E\u0442\u0435\u043D\u0446\u0438\u043E\u043C\u0435\u0442\u0440\u0430",
	 "\u0412\u0440\u0435\u0434\u043D\u043E\u0441\u0442 \u043F\u043E\u0442\u0435\u043D\u0446\u0438\u043E\u043C\u0435\u0442\u0440\u0430", ANY},
	{"the end of an embedding between a Latin path and a Persian word stays (the text changes direction there)",
	 "\u0645\u0633\u06CC\u0631 \u0645\u0639\u0645\u0648\u0644\u0627\u064B \u202A/usr/bin/spamassassin\u202C\u0627\u0633\u062A.",
	 SAME, ANY},
	{"a Persian document's paragraphs without a Persian letter keep their isolates and marks (glib's time format "
	 "isolated as Unicode advises; a right-to-left mark after a placeholder in guillemets)",
	 "\u0633\u0627\u0639\u062A \u06A9\u0646\u0648\u0646\u06CC \u0631\u0627 \u0646\u0645\u0627\u06CC\u0634 \u0628\u062F\u0647.\n\n"
	 "\u2066%OH:%OM:%OS\u2069\n\n\u2066%OI:%OM:%OS\u2069 %p\n\n\u00AB\u200E%s\u00BB\u200F: %s\n",
	 SAME, SUSP},
	{"the same left-to-right isolates after an English paragraph stay: with no right-to-left letter they change nothing shown (UAX #9)",
	 "Show the current time.\n\n\u2066%OH:%OM:%OS\u2069\n\n\u2066%OI:%OM:%OS\u2069 %p\n", SAME, SUSP},
	{"right-to-left isolates, embeddings and marks there go: they reorder what they hold (\u200F1 2 shows as 2 1)",
	 "Show the current time.\n\n\u2067%OH:%OM:%OS\u2069\n\nPay \u200F1 2 now, \u202Bnot later\u202C.\n",
	 "Show the current time.\n\n%OH:%OM:%OS\n\nPay 1 2 now, not later.\n", OBF},
	{"a left-to-right embedding opened inside a word goes, and so does the PDF that closed it, outside the word",
	 "Read ab\u202Acd efg\u202C done.", "Read abcd efg done.", ANY},
	{"a Latin l whose only Cyrillic reading is the palochka stays in text that writes none: a less prompt glued to a Serbian word (?lt\u0440\u0435\u0434), Chechen written with l for the palochka (\u0413l\u0430\u0439\u0440\u0435\u0448)",
	 "\u0421\u0442\u0440\u0430\u043D\u0438\u0446\u0430 \u0443\u043F\u0443\u0442\u0441\u0442\u0432\u0430 ?lt\u0440\u0435\u0434 %lt?L/%L.\n\n\u041A\u043E\u043C\u043E\u0440\u0430 \u0413l\u0430\u0439\u0440\u0435\u0448\n",
	 SAME, ANY},
	{"a Macedonian word typed with one Latin letter that has no Cyrillic twin (V for \u0412) stays Cyrillic, not read as Latin",
	 "V\u0440\u0430\u0442\u0438 \u0433\u0438 \u043F\u043E\u0434\u0430\u0442\u043E\u0446\u0438\u0442\u0435 \u0438 \u043F\u043E\u0441\u0442\u0430\u0432\u0443\u0432\u0430\u045A\u0430\u0442\u0430 \u043E\u0434 \u0430\u0440\u0445\u0438\u0432\u0438\u0440\u0430\u043D\u0430 \u0434\u0430\u0442\u043E\u0442\u0435\u043A\u0430.",
	 SAME, ANY},
	{"... and with another of its letters written in Latin lookalikes it is restored into Cyrillic but for the stray letter",
	 "V\u0440a\u0442\u0438 \u0433\u0438 \u043Fo\u0434\u0430\u0442\u043E\u0446\u0438\u0442\u0435 \u0438 \u043F\u043E\u0441\u0442\u0430\u0432\u0443\u0432\u0430\u045A\u0430\u0442\u0430 o\u0434 \u0430\u0440\u0445\u0438\u0432\u0438\u0440\u0430\u043D\u0430 \u0434\u0430\u0442\u043E\u0442\u0435\u043A\u0430.",
	 "V\u0440\u0430\u0442\u0438 \u0433\u0438 \u043F\u043E\u0434\u0430\u0442\u043E\u0446\u0438\u0442\u0435 \u0438 \u043F\u043E\u0441\u0442\u0430\u0432\u0443\u0432\u0430\u045A\u0430\u0442\u0430 \u043E\u0434 \u0430\u0440\u0445\u0438\u0432\u0438\u0440\u0430\u043D\u0430 \u0434\u0430\u0442\u043E\u0442\u0435\u043A\u0430.", ANY},

	/* Genuine text: byte-identical. */
	{"Russian with English brand names",
	 "\u042F \u043A\u0443\u043F\u0438\u043B iPhone \u0432 \u043C\u0430\u0433\u0430\u0437\u0438\u043D\u0435 Apple \u0438 \u0441\u043A\u0430\u0447\u0430\u043B Office.",
	 SAME, CLEAN},
	{"Serbian in both alphabets",
	 "\u0411\u0435\u043E\u0433\u0440\u0430\u0434 \u0458\u0435 \u0433\u043B\u0430\u0432\u043D\u0438 \u0433\u0440\u0430\u0434 \u0421\u0440\u0431\u0438\u0458\u0435. Beograd je glavni grad Srbije.",
	 SAME, CLEAN},
	{"Greek mathematics in English", "The area is \u03C0 r\u00B2 and the angle \u03B1 is small.", SAME, CLEAN},
	{"Greek mathematics in Russian",
	 "\u041F\u043B\u043E\u0449\u0430\u0434\u044C \u0440\u0430\u0432\u043D\u0430 \u03C0 r\u00B2, \u0443\u0433\u043E\u043B \u03B1.",
	 SAME, CLEAN},
	{"Greek variables multiplied in a formula beside Latin ones stay, and \u03B2 alone is no capital sharp s (libxdmcp's \u03B2 = {\u03C1NT}^\u03C3)",
	 "N = X client identifier\n\nT = Current time in seconds\n\n\u03B2 = {\u03C1NT}^\u03C3\n\n"
	 "Let \u03B2 = {\u03C1NT}^\u03C3 here. The resulting value, \u03B2, is 192 bits.\n", SAME, CLEAN},
	{"... but a small Greek letter before Latin capitals in English that writes no Greek of its own is restored (\u03B9OS)",
	 "Download the new \u03B9OS update on your phone today.", "Download the new iOS update on your phone today.", ANY},
	{"a letter alone that the text names by its code point is mentioned, not used: it stays (\u043A U+043A, '\u0131' (U+0131))",
	 "- replaced the references for both \u03BA U+03BA and \u043A U+043A in Mono Book\n\n"
	 "Currently 'grep -i i' is slow, because 'i' matches the character '\u0131' (U+0131, LATIN SMALL LETTER "
	 "DOTLESS I) in data; use kwset when data are free of characters like '\u0131', as \u0131\u015F\u0131k.\n", SAME, ANY},
	{"... and so is every letter alone in a paragraph that names more than sixteen letters (a font's list of characters)",
	 "- added U+0410-U+044F, U+0391, U+0392, U+0395, U+0396, U+0397, U+0399, U+039A, U+039C, U+039D, U+039F, "
	 "U+03A1, U+03A4, U+03A5, U+03A7, U+03B1, U+03B9, U+03BF, U+03C1 to Mono;\n"
	 "  fixed \u0430 and \u0440 and \u0455 (by a contributor)\n", SAME, ANY},
	{"... but not one the paragraph does not name: \u0430 after naming U+0440 is restored in an obfuscated sentence",
	 "Th\u0435 glyph U+0440 w\u0430s fix\u0435d, \u0430nd \u0430 n\u0435w on\u0435 \u0430dd\u0435d.",
	 "The glyph U+0440 was fixed, and a new one added.", OBF},
	{"a phonetic transcription keeps its IPA letters, those with plain twins (\u026A \u0261) beside those without (\u028A \u0259 \u0283)",
	 "validateHeaderValue('x-my-header', 'o\u028Am\u026A\u0261\u0259');\n\nEnglish is pronounced /\u02C8\u026A\u014B\u0261l\u026A\u0283/ there.\n",
	 SAME, CLEAN},
	{"Japanese and Chinese text set Latin letters fullwidth: typography, kept (\uFF37\uFF49\uFF4E\uFF44\uFF4F\uFF57\uFF53\u3092\u4F7F\u3046, glibc's ^[+1yY\uFF59\uFF39\u4FC2])",
	 "\u65E5\u672C\u8A9E\u306E\u30C6\u30AD\u30B9\u30C8\u3067\uFF21\uFF22\uFF23\u3068\u66F8\u304F\u3002\uFF37\uFF49\uFF4E\uFF44\uFF4F\uFF57\uFF53\u3092\u4F7F\u3046\u3002\n\n"
	 "yesexpr \"^[+1yY\uFF59\uFF39\u4FC2]\"\n", SAME, CLEAN},
	{"halfwidth katakana are Japanese typography (legacy JIS X 0201 text), no fancy letters: \uFF8A\uFF9F\uFF9D\uFF80\uFF9E stays",
	 "\uFF8A\uFF9F\uFF9D\uFF80\uFF9E\u306E\u5E97\u3067\u8CB7\u3044\u7269\u3092\u3057\u305F\u3002\uFF71\uFF72\uFF74\u3002", SAME, CLEAN},
	{"circled ideographs and katakana, Hebrew wide letters are their scripts' typography, no fancy letters (rich's spinner \u3282\u3280\u3281, \u32D0 \u32D1, \uFB21)",
	 "spinner: \u3282\u3280\u3281 and \u32D0\u32D1\u32D2\n\n\u05E9\u05DC\u05D5\u05DD \uFB21\uFB21\uFB21 \u05E2\u05D5\u05DC\u05DD\n", SAME, CLEAN},
	{"... but fullwidth letters in English are styling", "\uFF37\uFF49\uFF4E\uFF44\uFF4F\uFF57\uFF53 is great, \u65E5 aside.",
	 "Windows is great, \u65E5 aside.", OBF},
	{"a long s is no f with hook (confusables.txt's prototype f): \u017Fome stays",
	 "The long s \u017F is historical; so is \u017Fome.", SAME, CLEAN},
	{"X11's Compose table names its letters as U0192: \u0192 and \u017F stay beside evidence of obfuscation",
	 "<Multi_key> <f> <h>  : \"\u0192\"  U0192  # LATIN SMALL LETTER F WITH HOOK\n"
	 "<Multi_key> <f> <s>  : \"\u017F\"  U017F  # LATIN SMALL LETTER LONG S\n"
	 "<Multi_key> <a> <e>  : \"\u00E6\"  ae  # the \u0430\u0435 ligature, wh\u0435n typ\u0435d\n",
	 "<Multi_key> <f> <h>  : \"\u0192\"  U0192  # LATIN SMALL LETTER F WITH HOOK\n"
	 "<Multi_key> <f> <s>  : \"\u017F\"  U017F  # LATIN SMALL LETTER LONG S\n"
	 "<Multi_key> <a> <e>  : \"\u00E6\"  ae  # the ae ligature, when typed\n", OBF},
	{"Tibetan marks after punctuation in a Tibetan collation rule are the script's cluster, not zalgo (&\u0FB2\u0F71\u0F80=\u0F77)",
	 "% \u0F40\u0F41 as decomposed % &\u0FB2\u0F71\u0F80=\u0F77 % &\u0FB3\u0F71\u0F80=\u0F79\n", SAME, CLEAN},
	{"... but combining diacritics stacked on punctuation are", "Wow!\u0338\u0322\u034D\u0313 really.",
	 "Wow! really.", OBF},
	{"a Latin letter set apart by two spaces on each side in Russian text is a key shown as such, though the text shows a substitution (Vim's tutor: \u041D\u0430\u0431\u0435\u0440\u0438\u0442\u0435  o  \u0447\u0442\u043E\u0431\u044B)",
	 "  1. \u041D\u0430\u0431\u0435\u0440\u0438\u0442\u0435  o  \u0447\u0442\u043E\u0431\u044B \u0441\u043E\u0437\u0434\u0430\u0442\u044C \u0441\u0442\u0440\u043E\u043A\u0443.\n"
	 "  2. \u041D\u0430\u0431\u0438\u0440\u0430\u0439\u0442\u0435  e  \u043F\u043E\u043A\u0430 \u043A\u0443\u0440\u0441\u043E\u0440 \u043D\u0435 \u043D\u0430 \u043A\u043E\u043D\u0446\u0435  c\u0442\u0440\u043E .\n",
	 "  1. \u041D\u0430\u0431\u0435\u0440\u0438\u0442\u0435  o  \u0447\u0442\u043E\u0431\u044B \u0441\u043E\u0437\u0434\u0430\u0442\u044C \u0441\u0442\u0440\u043E\u043A\u0443.\n"
	 "  2. \u041D\u0430\u0431\u0438\u0440\u0430\u0439\u0442\u0435  e  \u043F\u043E\u043A\u0430 \u043A\u0443\u0440\u0441\u043E\u0440 \u043D\u0435 \u043D\u0430 \u043A\u043E\u043D\u0446\u0435  \u0441\u0442\u0440\u043E .\n", ANY},
	{"Ukrainian i", "\u041A\u0438\u0457\u0432 \u0456 \u041B\u044C\u0432\u0456\u0432 \u2014 \u0446\u0435 \u043C\u0456\u0441\u0442\u0430 \u0423\u043A\u0440\u0430\u0457\u043D\u0438.",
	 SAME, CLEAN},
	{"Kazakh", "\u049A\u0430\u0437\u0430\u049B\u0441\u0442\u0430\u043D \u0420\u0435\u0441\u043F\u0443\u0431\u043B\u0438\u043A\u0430\u0441\u044B \u04AF\u043B\u043A\u0435\u043D \u0435\u043B.",
	 SAME, CLEAN},
	{"Turkish dotless i", "I\u015F\u0131k \u0131l\u0131k s\u00FCt i\u00E7ti, \u0130stanbul'da.", SAME, CLEAN},
	{"letters with other marks than their lookalikes stay: t with cedilla (not comma below), i, o and e with breve (not caron), g with acute (not cedilla), a with dot above (not ring) in legacy Romanian and transliterated names",
	 "Bucure\u015Fti \u0219i Constan\u0163a, \u0162ara Rom\u00E2neasc\u0103; Ch\u014Fngch\u014Fn, Dornogov\u012D, \u010C\u0115rkasy, Bit\u01F5ola and B\u0227rdaq are on the map.", SAME, CLEAN},
	{"Turkish words of a list of names with no sign of obfuscation keep their \u0131, where the paragraph reads as foreign (Adalar\u0131, Frans\u0131zca)",
	 "Kuzey Marshall Adalar\u0131\n\nRomansh Frans\u0131zca Creole\n", SAME, ANY},
	{"a four-letter Turkish word in a list of foreign names keeps its \u0131 where its reading with i is no foreign word (Bat\u0131, each message of a catalogue alone)",
	 "Fulfulde, Bat\u0131 Niger", SAME, ANY},
	{"a Turkish name with \u0131 among other names in an English changelog keeps it, though the paragraph writes \u00E9 (Mert Can Alt\u0131n after J\u00E9r\u00E9my Lal)",
	 "* test: escape cwd in regexp (J\u00E9r\u00E9my Lal) [#50980]\n* test: log more information in SEA tests (Joyee Cheung) [#50759]\n"
	 "* test: test surrogate pair filenames on windows (Mert Can Alt\u0131n) [#51800]\n", SAME, ANY},
	{"four-letter English words written with \u0131 alone, nothing else showing obfuscation, are still restored (t\u0131me, l\u0131st)",
	 "Set the t\u0131me unt\u0131l the screen blanks, or choose a l\u0131st of f\u0131les to keep.",
	 "Set the time until the screen blanks, or choose a list of files to keep.", ANY},
	{"printf conversions glued to the units of a translated catalogue are no Latin letters of Cyrillic or Greek words (%li\u0434, %-3li\u03B7)",
	 "\u041E\u0441\u0442\u0430\u043B\u043E\u0441\u044C %li\u0434 %li\u0447 %li\u043C\u0438\u043D; \u03C7\u03C1\u03CC\u03BD\u03BF\u03C2: %-3li\u03B7 %s\u03C9.", SAME, CLEAN},
	{"a Latin p or i after a percent sign that begins an obfuscated Ukrainian word is restored: a conversion alone with a Cyrillic twin, or after a bare minus flag, is no printf directive (%\u0440\u044F\u0434\u043E\u043A, 20 %-\u0456\u0432)",
	 "\u0412\u043A\u0430\u0436\u0456\u0442\u044C %p\u044F\u0434\u043E\u043A \u0443 \u043F\u043E\u043B\u0456 \u043F\u043E\u0448\u0443\u043A\u0443.\n\u0417\u043D\u0438\u0436\u043A\u0430 20 %-i\u0432 \u043D\u0430 \u0432\u0441\u0435.",
	 "\u0412\u043A\u0430\u0436\u0456\u0442\u044C %\u0440\u044F\u0434\u043E\u043A \u0443 \u043F\u043E\u043B\u0456 \u043F\u043E\u0448\u0443\u043A\u0443.\n\u0417\u043D\u0438\u0436\u043A\u0430 20 %-\u0456\u0432 \u043D\u0430 \u0432\u0441\u0435.", ANY},
	{"the letter of a C escape glued to a Serbian word is no Latin letter of it (\\v\u0410\u043A\u043E, a vertical tab before \u0410\u043A\u043E)",
	 "\u0418\u0437\u0440\u0430\u0434\u0438 \u0441\u043F\u0438\u0441\u0430\u043A.\\v\u0410\u043A\u043E \u0458\u0435 \u0414\u0410\u0422\u041E\u0422\u0415\u041A\u0410 \u043F\u0440\u0430\u0437\u043D\u0430, \u0447\u0438\u0442\u0430 \u0441\u0435 \u0443\u043B\u0430\u0437.", SAME, CLEAN},
	{"a directive escaped for a second printf (%%s) or a positional one (%2$s) glued to a Russian or Ukrainian word, and gnupg's percent-encoded line feed %%0A, are no Latin letters of the word",
	 "\u0424\u0430\u0439\u043B\u044B \u0431\u0443\u0434\u0443\u0442 \u043F\u0435\u0440\u0435\u0437\u0430\u043F\u0438\u0441\u0430\u043D\u044B \u043F\u0440\u0438 %s: %%s\u041F\u0435\u0440\u0435\u043C\u0435\u0441\u0442\u0438\u0442\u0435 \u044D\u0442\u0438 \u0444\u0430\u0439\u043B\u044B.\n\n"
	 "\u041F\u0430\u0440\u043E\u043B\u044C \u043C\u0430\u0454 \u0441\u043A\u043B\u0430\u0434\u0430\u0442\u0438\u0441\u044F \u0437 %u \u0446\u0438\u0444\u0440\u0430 \u0430\u0431\u043E%%0A\u0441\u043F\u0435\u0446\u0456\u0430\u043B\u044C\u043D\u0438\u0439 \u0441\u0438\u043C\u0432\u043E\u043B.\n\n"
	 "\u0412\u0438\u043A\u043E\u043D\u0430\u043D\u043D\u044F %2$s\u043F\u0435\u0440\u0435\u0441\u0443\u0432\u0430\u043D\u043D\u044F \u043D\u0430 %1$d \u0431\u0430\u0439\u0442\u0456.\n", SAME, ANY},
	{"letters listed with their capitals (the answers yY\u0442\u0422, cC\u0441\u0421 in two layouts) and an option glued to the name of its argument (-c\u0422\u0415\u0413, 0x\u0410\u0414\u0420\u0415\u0421\u0410) are no words to restore",
	 "\u0417\u0430\u043F\u0438\u0441\u0443\u0454\u043C\u043E \u0434\u043E stdout: yY\u0442\u0422, cC\u0441\u0421 \u0430\u0431\u043E ^[nN\u043D\u041D].\n\n"
	 "     -c\u0422\u0415\u0413, --add-comments[=\u0422\u0415\u0413]  \u043C\u043E\u0436\u0435 \u0441\u043B\u0456\u0434\u0443\u0432\u0430\u0442\u0438 @0x\u0410\u0414\u0420\u0415\u0421\u0410.\n", SAME, ANY},
	{"letters listed with their capitals in the paragraph after a lone Latin capital are no substitution seen ahead: Y (\u0442\u0430\u043A) stays Y, the text clean",
	 "\u041F\u0440\u043E\u0434\u043E\u0432\u0436\u0438\u0442\u0438? (Y (\u0442\u0430\u043A)/n (\u043D\u0456))\n\nyY\u0442\u0422\n", SAME, CLEAN},
	{"a Cyrillic conjunction or preposition alone between Latin names is a word of a Russian line, not a lookalike (Firefox \u0438 Chrome, Linux \u0441 KDE); beside a Latin word in small letters it is one (Shows \u0430 lucent controller)",
	 "Firefox \u0438 Chrome\n\nLinux \u0441 KDE\n\nWindows \u0438 macOS\n", SAME, CLEAN},
	{"so are Ukrainian \u0442\u0430 between names, \u0438 between printf conversions or identifiers, and \u0438 after other Serbian words of lookalikes (each line a text of its own)",
	 "Werner Almesberger \u0442\u0430 Craig Small\n", SAME, CLEAN},
	{"(%s \u0438 %s)", "%s \u0438 %s\n", SAME, CLEAN},
	{"(v10 \u0438 v32)", " [v10 \u0438 v32]\n", SAME, CLEAN},
	{"(\u0438\u0441\u0442\u043E \u0448\u0442\u043E \u0438 --only-fuzzy)",
	 "       --fuzzy      \u0438\u0441\u0442\u043E \u0448\u0442\u043E \u0438 --only-fuzzy --clear-fuzzy\n", SAME, CLEAN},
	{"(the other half of the row above)",
	 "Shows \u0430 lucent controller when moving.\n", "Shows a lucent controller when moving.\n", ANY},
	{"a Latin s glued to a Ukrainian word is no Macedonian \u0455 in text that writes \u044F, a letter Macedonian lacks (\u0440\u044F\u0434\u043A\u0430s); in Macedonian text it is restored",
	 "\u041F\u0430\u0440\u0430\u043C\u0435\u0442\u0440\u0438 \u043A\u043E\u043C\u0430\u043D\u0434\u043D\u043E\u0433\u043E \u0440\u044F\u0434\u043A\u0430s: \u0431\u043B\u043E\u043A\u0438 IT.\n\n"
	 "\u0413\u043B\u0435\u0434\u0430\u0432 \u0458\u0430 s\u0432\u0435\u0437\u0434\u0430\u0442\u0430 \u043D\u0430 \u045C\u0435\u0440\u043A\u0430 \u043C\u0438.\n",
	 "\u041F\u0430\u0440\u0430\u043C\u0435\u0442\u0440\u0438 \u043A\u043E\u043C\u0430\u043D\u0434\u043D\u043E\u0433\u043E \u0440\u044F\u0434\u043A\u0430s: \u0431\u043B\u043E\u043A\u0438 IT.\n\n"
	 "\u0413\u043B\u0435\u0434\u0430\u0432 \u0458\u0430 \u0455\u0432\u0435\u0437\u0434\u0430\u0442\u0430 \u043D\u0430 \u045C\u0435\u0440\u043A\u0430 \u043C\u0438.\n", ANY},
	{"an obfuscated Russian word after a printf conversion is still restored (%s \u0441\u0435\u0440\u0432\u0435\u0440 with Latin e)",
	 "\u041E\u0448\u0438\u0431\u043A\u0430: %s \u0441e\u0440\u0432e\u0440 \u043D\u0435 \u043E\u0442\u0432\u0435\u0447\u0430\u0435\u0442.",
	 "\u041E\u0448\u0438\u0431\u043A\u0430: %s \u0441\u0435\u0440\u0432\u0435\u0440 \u043D\u0435 \u043E\u0442\u0432\u0435\u0447\u0430\u0435\u0442.", OBF},
	{"a Cyrillic two-letter word between Latin acronyms, beside a Cyrillic word, is Bulgarian, not a substitute for a function word (\u0413\u0440\u0435\u0448\u043A\u0430 \u043E\u0442 DNS)",
	 "\u0413\u0440\u0435\u0448\u043A\u0430 \u043E\u0442 DNS: NXDOMAIN\n\n\u0413\u0440\u0435\u0448\u043A\u0430 \u043E\u0442 DNS: SERVFAIL\n", SAME, ANY},
	{"Vietnamese, precomposed", "Ti\u1EBFng Vi\u1EC7t c\u00F3 nhi\u1EC1u d\u1EA5u.", SAME, CLEAN},
	{"Vietnamese, decomposed (stacked marks)", "Tie\u0302\u0301ng Vie\u0323\u0302t co\u0301 nhie\u0302\u0300u da\u0302\u0301u.",
	 SAME, CLEAN},
	{"Persian ZWNJ", "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 \u06A9\u062A\u0627\u0628\u200C\u0647\u0627 \u0631\u0627 \u0628\u062E\u0648\u0627\u0646\u0645.",
	 SAME, CLEAN},
	{"Hindi ZWJ and ZWNJ", "\u0915\u094D\u200D\u0937 \u0914\u0930 \u0915\u094D\u200C\u0937 \u0905\u0932\u0917 \u0939\u0948\u0902\u0964", SAME, CLEAN},
	{"Marathi and Nepali eyelash ra, Bengali ya-phala after ra: ZWJ before a virama (<RA, ZWJ, virama>)",
	 "\u0915\u093E\u0930\u094D\u092F \u0930\u200D\u094D\u092F\u093E \u0928\u0947\u092A\u093E\u0932\u0940; \u09B0\u200D\u09CD\u09AF\u09BE\u09AC",
	 SAME, CLEAN},
	{"Malayalam and Telugu text from before Unicode 5.1: chillu letters as consonant, virama, ZWJ followed by ZWNJ, a ZWJ after a vowel sign",
	 "\u0D2B\u0D3F\u0D32\u0D4D\u200D\u200C\u0D31\u0D4D\u0D31\u0D30\u0D4D\u200D \u0D15\u0D4D\u0D30\u0D2E\u0D40\u0D15\u0D30\u0D23\u0D02; ICNS \u0C21\u0C40\u0C15\u0C4B\u200D\u0C21\u0C4D \u0C1A\u0C47\u0C2F\u0C32\u0C47\u0C15\u0C2A\u0C4B\u0C2F\u0C3F\u0C02\u0C26\u0C3F",
	 SAME, CLEAN},
	{"Persian ZWJ asking for a joining form: heh before ZWNJ (gtk's alphabet sample), and before a period",
	 "\u0627\u200C\u0628\u200C\u062C\u200C\u062F\u0631\u0633\u200C\u0635\u200C\u0637\u200C\u0639\u200C\u0641\u200C\u0642\u200C\u06A9\u200C\u0644\u200C\u0645\u200C\u0646\u200C\u0648\u200C\u0647\u200D\u200C\u06CC \u06F1\u06F4\u06F0\u06F2 \u0647\u200D.\u0634",
	 SAME, CLEAN},
	{"a ZWJ between Arabic letters that join anyway changes nothing on screen: an inserted character (\u0643\u200D\u062A\u0627\u0628)",
	 "\u0647\u0630\u0627 \u0643\u200D\u062A\u0627\u0628 \u062C\u0645\u064A\u0644 \u062C\u062F\u0627.",
	 "\u0647\u0630\u0627 \u0643\u062A\u0627\u0628 \u062C\u0645\u064A\u0644 \u062C\u062F\u0627.", ANY},
	{"emoji ZWJ sequences", "Family: \U0001F468\u200D\U0001F469\u200D\U0001F467 and \U0001F3F3\uFE0F\u200D\U0001F308!", SAME, CLEAN},
	{"curly quotes and dashes", "\u201CHello,\u201D she said \u2014 it\u2019s 9\u201310 \u2018o\u2019clock\u2019\u2026", SAME, CLEAN},
	{"Hebrew with a right-to-left mark", "\u05E9\u05DC\u05D5\u05DD \u200F(Shalom)\u200F \u05E2\u05D5\u05DC\u05DD", SAME, ANY},
	{"Armenian", "\u0540\u0561\u0575\u0561\u057D\u057F\u0561\u0576\u056B \u0540\u0561\u0576\u0580\u0561\u057A\u0565\u057F\u0578\u0582\u0569\u0575\u0578\u0582\u0576", SAME, CLEAN},
	{"German ligature-free text", "Stra\u00DFe und Gr\u00FC\u00DFe aus M\u00FCnchen.", SAME, CLEAN},

	{"a Latin word in Serbian Cyrillic text spelled as Serbian Latin spells its Cyrillic reading (kao, \u043A\u0430\u043E) is restored: the Latin letter model reads it as well as restored",
	 "\u041E\u0432\u043E \u043F\u043E\u0434\u0435\u0448\u0430\u0432\u0430\u045A\u0435 \u043A\u043E\u0440\u0438\u0441\u0442\u0438 VLC \u0438 SDP. \u041De \u0431\u0438 \u0442\u0440e\u0431\u0430\u043B\u043E \u0434\u0430 \u043F\u043E\u0441\u0442\u0430\u0432\u0438\u0442\u0435 \u043E\u0432\u043E kao \u0433\u043B\u043E\u0431\u0430\u043B\u043D\u0443 \u043E\u043F\u0446\u0438\u0458\u0443 \u043E\u0441\u0438\u043C \u0430\u043A\u043E \u0441\u0442e \u0441\u0438\u0433\u0443\u0440\u043D\u0438, je\u0440 \u045Be \u043F\u0440o\u0433\u0440\u0430\u043C \u0440\u0430\u0434\u0438\u0442\u0438 \u0441\u043Fo\u0440o.",
	 "\u041E\u0432\u043E \u043F\u043E\u0434\u0435\u0448\u0430\u0432\u0430\u045A\u0435 \u043A\u043E\u0440\u0438\u0441\u0442\u0438 VLC \u0438 SDP. \u041D\u0435 \u0431\u0438 \u0442\u0440\u0435\u0431\u0430\u043B\u043E \u0434\u0430 \u043F\u043E\u0441\u0442\u0430\u0432\u0438\u0442\u0435 \u043E\u0432\u043E \u043A\u0430\u043E \u0433\u043B\u043E\u0431\u0430\u043B\u043D\u0443 \u043E\u043F\u0446\u0438\u0458\u0443 \u043E\u0441\u0438\u043C \u0430\u043A\u043E \u0441\u0442\u0435 \u0441\u0438\u0433\u0443\u0440\u043D\u0438, \u0458\u0435\u0440 \u045B\u0435 \u043F\u0440\u043E\u0433\u0440\u0430\u043C \u0440\u0430\u0434\u0438\u0442\u0438 \u0441\u043F\u043E\u0440\u043E.", ANY},
	{"... but not next to a genuine Latin word (Macedonian \u201EReply To\u201C)",
	 "\u041Fo\u043A\u0430\u0436\u0443\u0432\u0430\u0458 \u0433o \u043F\u043E\u043B\u0435\u0442\u043E \u201EReply To\u201C \u043F\u0440\u0438 \u0438\u0441\u043F\u0440\u0430\u045C\u0430\u045A\u0435 \u043D\u0430 \u043Fo\u0440\u0430\u043A\u0430. \u0422\u043E\u0430 \u0441e \u043Ao\u043D\u0442\u0440\u043E\u043B\u0438\u0440\u0430 \u043E\u0434 \u043C\u0435\u043D\u0438\u0442\u043E.",
	 "\u041F\u043E\u043A\u0430\u0436\u0443\u0432\u0430\u0458 \u0433\u043E \u043F\u043E\u043B\u0435\u0442\u043E \u201EReply To\u201C \u043F\u0440\u0438 \u0438\u0441\u043F\u0440\u0430\u045C\u0430\u045A\u0435 \u043D\u0430 \u043F\u043E\u0440\u0430\u043A\u0430. \u0422\u043E\u0430 \u0441\u0435 \u043A\u043E\u043D\u0442\u0440\u043E\u043B\u0438\u0440\u0430 \u043E\u0434 \u043C\u0435\u043D\u0438\u0442\u043E.", ANY},
	{"a Latin word without a vowel in Cyrillic text, in small letters too (Bcc, px), is an abbreviation or a unit, not Cyrillic lookalikes",
	 "\u0418\u0441\u043F\u0440\u0430\u045C\u0430\u045A\u0435 \u043D\u0430 \u043Fo\u0440\u0430\u043A\u0430 \u0441\u043E \u043F\u0440\u0438\u043C\u0430\u0447\u0438 \u0434\u0435\u0444\u0438\u043D\u0438\u0440\u0430\u043D\u0438 \u0441\u0430\u043C\u043E \u0432\u043E Bcc, a \u0448\u0438\u0440\u0438\u043D\u0430\u0442\u0430 \u0435 5 px \u0432o \u043Fo\u043B\u0435\u0442\u043E.",
	 "\u0418\u0441\u043F\u0440\u0430\u045C\u0430\u045A\u0435 \u043D\u0430 \u043F\u043E\u0440\u0430\u043A\u0430 \u0441\u043E \u043F\u0440\u0438\u043C\u0430\u0447\u0438 \u0434\u0435\u0444\u0438\u043D\u0438\u0440\u0430\u043D\u0438 \u0441\u0430\u043C\u043E \u0432\u043E Bcc, \u0430 \u0448\u0438\u0440\u0438\u043D\u0430\u0442\u0430 \u0435 5 px \u0432\u043E \u043F\u043E\u043B\u0435\u0442\u043E.", ANY},
	{"a word of lookalikes joined by a slash to a Latin word (Macedonian \u0440\u0430\u043C\u043A\u0430/ID) is restored into the text's script when it reads clearly better there",
	 "\u0418\u043C\u0435 \u043D\u0430 \u0446\u0435\u043B\u043D\u0430\u0442\u0430 pa\u043C\u043A\u0430/ID: \u0441e \u043Ao\u0440\u0438\u0441\u0442\u0438 \u0441\u0430\u043C\u043E \u0437\u0430 \u0440\u0430\u043C\u043A\u0438. \u041Fo\u0440\u0430\u043A\u0430\u0442\u0430 \u0435 \u043Fo\u0432\u0442\u043E\u0440\u043D\u043E \u0438\u0441\u043F\u0440\u0430\u0442\u0435\u043D\u0430.",
	 "\u0418\u043C\u0435 \u043D\u0430 \u0446\u0435\u043B\u043D\u0430\u0442\u0430 \u0440\u0430\u043C\u043A\u0430/ID: \u0441\u0435 \u043A\u043E\u0440\u0438\u0441\u0442\u0438 \u0441\u0430\u043C\u043E \u0437\u0430 \u0440\u0430\u043C\u043A\u0438. \u041F\u043E\u0440\u0430\u043A\u0430\u0442\u0430 \u0435 \u043F\u043E\u0432\u0442\u043E\u0440\u043D\u043E \u0438\u0441\u043F\u0440\u0430\u0442\u0435\u043D\u0430.", ANY},
	{"... but a Latin word opening a path stays Latin (/etc)",
	 "\u041F\u043E\u0441\u0442\u0430\u0432\u043A\u0438 \u0437\u0430 \u0434e\u043Bo\u0432\u0438\u0442\u0435 \u043D\u0430 \u0441\u0438\u0441\u0442\u0435\u043Co\u0442 \u0441\u0435 \u0432o \u0444\u0430\u0441\u0446\u0438\u043A\u043B\u0430\u0442\u0430 /etc. \u041Fo\u0440\u0430\u043A\u0430\u0442\u0430 \u0435 \u043Fo\u0432\u0442\u043E\u0440\u043D\u043E \u0438\u0441\u043F\u0440\u0430\u0442\u0435\u043D\u0430.",
	 "\u041F\u043E\u0441\u0442\u0430\u0432\u043A\u0438 \u0437\u0430 \u0434\u0435\u043B\u043E\u0432\u0438\u0442\u0435 \u043D\u0430 \u0441\u0438\u0441\u0442\u0435\u043C\u043E\u0442 \u0441\u0435 \u0432\u043E \u0444\u0430\u0441\u0446\u0438\u043A\u043B\u0430\u0442\u0430 /etc. \u041F\u043E\u0440\u0430\u043A\u0430\u0442\u0430 \u0435 \u043F\u043E\u0432\u0442\u043E\u0440\u043D\u043E \u0438\u0441\u043F\u0440\u0430\u0442\u0435\u043D\u0430.", ANY},
	{"a short Macedonian paragraph whose letters are Cyrillic once its mixed words are restored implies the \u0458 of its Latin \"ja\" (30 letters so, fewer as written)",
	 "\u041A\u043B\u0438k\u043D\u0435\u0442e \u0438 \u043Fo\u0432\u043B\u0435\u0447e\u0442\u0435 \u0434a ja \u043Fo\u043C\u0435\u0441\u0442\u0438\u0442\u0435 \u0441\u043B\u0438\u043Aa\u0442a",
	 "\u041A\u043B\u0438\u043A\u043D\u0435\u0442\u0435 \u0438 \u043F\u043E\u0432\u043B\u0435\u0447\u0435\u0442\u0435 \u0434\u0430 \u0458\u0430 \u043F\u043E\u043C\u0435\u0441\u0442\u0438\u0442\u0435 \u0441\u043B\u0438\u043A\u0430\u0442\u0430", ANY},
	{"a Latin word of lookalikes with no Cyrillic word next to it is restored when it reads far better restored (Serbian rpyna, \u0433\u0440\u0443\u043F\u0430, between a Latin name and a number)",
	 "C\u043B\u0438\u043A\u0435 ce \u043Cory \u0437anako\u0432am\u0438 no\u043Co\u045By libtiff \u0437a \"CCITT rpyna 3\".",
	 "\u0421\u043B\u0438\u043A\u0435 \u0441\u0435 \u043C\u043E\u0433\u0443 \u0437\u0430\u043F\u0430\u043A\u043E\u0432\u0430\u0442\u0438 \u043F\u043E\u043C\u043E\u045B\u0443 libtiff \u0437\u0430 \"CCITT \u0433\u0440\u0443\u043F\u0430 3\".", ANY},
	{"a capitalised Latin word inside Serbian Cyrillic text spelled as Serbian Latin spells its reading (Maj, \u041C\u0430\u0458) is restored",
	 "M\u0435\u0441\u0435\u0446\u0438 \u0408\u0430\u043D\u0443\u0430\u0440, \u0424\u0435\u0431\u0440\u0443\u0430\u0440, \u041C\u0430\u0440\u0442, \u0410\u043F\u0440\u0438\u043B, Maj, \u0408\u0443\u043D \u0438 \u0408\u0443\u043B\u0438 \u0441e \u043Fp\u0438\u043Aa\u0437\u0443\u0458\u0443.",
	 "\u041C\u0435\u0441\u0435\u0446\u0438 \u0408\u0430\u043D\u0443\u0430\u0440, \u0424\u0435\u0431\u0440\u0443\u0430\u0440, \u041C\u0430\u0440\u0442, \u0410\u043F\u0440\u0438\u043B, \u041C\u0430\u0458, \u0408\u0443\u043D \u0438 \u0408\u0443\u043B\u0438 \u0441\u0435 \u043F\u0440\u0438\u043A\u0430\u0437\u0443\u0458\u0443.", ANY},
	{"a Latin word in a quotation of Latin text alone in Cyrillic text is a command or a value, not lookalikes (help name)",
	 "\u0423\u043A\u0443\u0446\u0430\u0458\u0442e \u201Ehelp name\u201C \u0434a ca\u0437\u043Da\u0442e \u0432\u0438\u0448e o \u0444\u0443\u043D\u043A\u0446\u0438\u0458\u0438. \u041Aop\u0438c\u0442\u0438\u0442e \u201Eman ls\u201C \u0437a \u0432\u0438\u0448e.",
	 "\u0423\u043A\u0443\u0446\u0430\u0458\u0442\u0435 \u201Ehelp name\u201C \u0434\u0430 \u0441\u0430\u0437\u043D\u0430\u0442\u0435 \u0432\u0438\u0448\u0435 \u043E \u0444\u0443\u043D\u043A\u0446\u0438\u0458\u0438. \u041A\u043E\u0440\u0438\u0441\u0442\u0438\u0442\u0435 \u201Eman ls\u201C \u0437\u0430 \u0432\u0438\u0448\u0435.", ANY},
	{"... but a word between two quotations is not in one (Ukrainian \u00AB...\u00BB ma \u00AB...\u00BB is \u0442\u0430)",
	 "\u041Fa\u043F\u043A\u0438 \u00AB\u0412\u0445\u0456\u0434\u043D\u0456\u00BB, \u00AB\u0412\u0438\u0445\u0456\u0434\u043D\u0456\u00BB ma \u00AB\u0427\u0435\u0440\u043D\u0435\u0442\u043A\u0438\u00BB \u0437\u0431\u0435\u0440\u0456\u0433\u0430\u044E\u0442\u044C\u0441\u044F \u043Da \u0441\u0435\u0440\u0432\u0435\u0440\u0456.",
	 "\u041F\u0430\u043F\u043A\u0438 \u00AB\u0412\u0445\u0456\u0434\u043D\u0456\u00BB, \u00AB\u0412\u0438\u0445\u0456\u0434\u043D\u0456\u00BB \u0442\u0430 \u00AB\u0427\u0435\u0440\u043D\u0435\u0442\u043A\u0438\u00BB \u0437\u0431\u0435\u0440\u0456\u0433\u0430\u044E\u0442\u044C\u0441\u044F \u043D\u0430 \u0441\u0435\u0440\u0432\u0435\u0440\u0456.", ANY},
	{"in Macedonian text (\u045C) a Latin word of lookalikes that is an English word is still restored (moa, \u0442\u043E\u0430: the twin-word filter has no Macedonian)",
	 "Ka\u0436\u0438 \u0434a\u043B\u0438 \u045Ce ro \u043Danpa\u0432\u0438 moa.",
	 "\u041A\u0430\u0436\u0438 \u0434\u0430\u043B\u0438 \u045C\u0435 \u0433\u043E \u043D\u0430\u043F\u0440\u0430\u0432\u0438 \u0442\u043E\u0430.", ANY},
	{"Latin m in a Russian word reads as \u0442 (italic \u0442 is m-shaped)",
	 "\u041E\u043D \u0441\u0438\u0434\u0438m \u0434\u043E\u043C\u0430 \u0438 \u043F\u0438\u0448\u0435m \u043F\u0438\u0441\u044C\u043C\u043E.",
	 "\u041E\u043D \u0441\u0438\u0434\u0438\u0442 \u0434\u043E\u043C\u0430 \u0438 \u043F\u0438\u0448\u0435\u0442 \u043F\u0438\u0441\u044C\u043C\u043E.", ANY},
	{"Latin names glued to Bulgarian words in camel case stay (Ctrl\u041C\u043E\u0434\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440)",
	 "\u041D\u0430\u0442\u0438\u0441\u043D\u0435\u0442\u0435 Ctrl\u041C\u043E\u0434\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u043D\u0430 Orca\u0418\u043D\u0442\u0435\u0440\u0432\u0430\u043B, \u0437\u0430 \u0434\u0430 \u043F\u0440o\u0447\u0435\u0442\u0435\u0442\u0435 \u0442\u0435\u043A\u0441\u0442\u0430.",
	 "\u041D\u0430\u0442\u0438\u0441\u043D\u0435\u0442\u0435 Ctrl\u041C\u043E\u0434\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u043D\u0430 Orca\u0418\u043D\u0442\u0435\u0440\u0432\u0430\u043B, \u0437\u0430 \u0434\u0430 \u043F\u0440\u043E\u0447\u0435\u0442\u0435\u0442\u0435 \u0442\u0435\u043A\u0441\u0442\u0430.", ANY},
	{"a Russian word whose first letters are all Latin lookalikes, without a junction of case, is no Latin "
	 "word glued on: it is restored whole (mak\u0438\u043C, \u043D\u044Fkoe)",
	 "Это makим образом было cделано, и няkoe пpавило тоже.",
	 "Это таким образом было сделано, и някое правило тоже.", ANY},
	{"a Latin name with a Bulgarian article glued on stays (Plasma\u0442\u0430)",
	 "\u0418\u0437\u0431\u0435\u0440\u0435\u0442\u0435 \u0441\u0442\u0438\u043B\u0430 \u043D\u0430 Plasma\u0442\u0430 \u0438 \u043Da\u0442\u0438\u0441\u043D\u0435\u0442\u0435 \u0431\u0443\u0442\u043E\u043D\u0430.",
	 "\u0418\u0437\u0431\u0435\u0440\u0435\u0442\u0435 \u0441\u0442\u0438\u043B\u0430 \u043D\u0430 Plasma\u0442\u0430 \u0438 \u043D\u0430\u0442\u0438\u0441\u043D\u0435\u0442\u0435 \u0431\u0443\u0442\u043E\u043D\u0430.", ANY},
	{"a caseless l-lookalike inside a lowercase word reads as l (U+01C0 in welche, not weIche)",
	 "Details, we\u01C0che Images Sie f\u00FCr die Installation ben\u00F6tigen.",
	 "Details, welche Images Sie f\u00FCr die Installation ben\u00F6tigen.", ANY},
	{"Lisu letters stand for capitals (UI)",
	 "Starten Sie es mit einer sichtbaren U\uA4F2 und \uA4EE\uA4F2.",
	 "Starten Sie es mit einer sichtbaren UI und AI.", ANY},
	{"dotless j in an English word",
	 "The ob\u0237ect was moved to the pro\u0237ect folder.",
	 "The object was moved to the project folder.", ANY},
	{"dotless i, v with hook and f with hook in an obfuscated English text (no Turkic or African letters)",
	 "Th\u0131s \u0131s a t\u0435st of the \u028Bery \u0192irst \u0131nstallation.",
	 "This is a test of the very first installation.", OBF},
	{"dotless i in obfuscated English and Serbian words that the Latin model (which knows Turkish) rates as well as with i",
	 "Converted to proper type f\u0131rst. V\u0251riable widths \u0251re handled. Ukoliko se neki piksel nalaz\u0131 dalje.",
	 "Converted to proper type first. Variable widths are handled. Ukoliko se neki piksel nalazi dalje.", ANY},
	{"dotless i in an English text without other substitutions stays",
	 "Th\u0131s \u0131s the \u028Bery \u0192irst \u0131nstallation.",
	 SAME, ANY},
	{"Turkish in an obfuscated document keeps its dotless i (\u015F/\u011F in sight)",
	 "Yaz\u0131c\u0131 ayarlar\u0131n\u0131 de\u011Fi\u015Ftirmek i\u00E7in t\u0131klay\u0131n ve s\u00FCr\u00FCkleyin, \u00F6rn\u0435k olarak.",
	 "Yaz\u0131c\u0131 ayarlar\u0131n\u0131 de\u011Fi\u015Ftirmek i\u00E7in t\u0131klay\u0131n ve s\u00FCr\u00FCkleyin, \u00F6rnek olarak.", ANY},
	{"Turkish whose every i was written dotless, in an obfuscated document: vowel harmony and the few dotted i left tell the substitutes from the genuine \u0131",
	 "Bu ayarlar\u0131 de\u011F\u0131\u015Ft\u0131rmek \u0131\u00E7\u0131n a\u015Fa\u011F\u0131dak\u0131 d\u00FC\u011Fmey\u0131 t\u0131klay\u0131n ve yen\u0131 b\u0131r pencere \u0251\u00E7\u0131lacak. Dosyalar\u0131 s\u0131k\u0131\u015Ft\u0131rmak \u0131\u00E7\u0131n g\u0131b\u0131 se\u00E7enekler kullan\u0131l\u0131r.",
	 "Bu ayarlar\u0131 de\u011Fi\u015Ftirmek i\u00E7in a\u015Fa\u011F\u0131daki d\u00FC\u011Fmeyi t\u0131klay\u0131n ve yeni bir pencere a\u00E7\u0131lacak. Dosyalar\u0131 s\u0131k\u0131\u015Ft\u0131rmak i\u00E7in gibi se\u00E7enekler kullan\u0131l\u0131r.", ANY},
	{"Turkish with its own \u0131 and dotted i in an obfuscated document keeps every \u0131",
	 "Bu ayarlar\u0131 de\u011Fi\u015Ftirmek i\u00E7in a\u015Fa\u011F\u0131daki d\u00FC\u011Fmeyi t\u0131klay\u0131n ve yeni bir pencere \u0251\u00E7\u0131lacak. Dosyalar\u0131 s\u0131k\u0131\u015Ft\u0131rmak i\u00E7in gibi se\u00E7enekler kullan\u0131l\u0131r.",
	 "Bu ayarlar\u0131 de\u011Fi\u015Ftirmek i\u00E7in a\u015Fa\u011F\u0131daki d\u00FC\u011Fmeyi t\u0131klay\u0131n ve yeni bir pencere a\u00E7\u0131lacak. Dosyalar\u0131 s\u0131k\u0131\u015Ft\u0131rmak i\u00E7in gibi se\u00E7enekler kullan\u0131l\u0131r.", ANY},
	{"Turkish obfuscated with Cyrillic lookalikes only keeps its \u0131 where vowel harmony would read i (compounds, the suffix -ken, d\u0131\u015F\u0131)",
	 "Dosyalar s\u0131k\u0131\u015Ft\u0131r\u0131l\u0131rken yaz\u0131tipleri de\u011Fi\u015Fmez; \u00E7evrimd\u0131\u015F\u0131 belgelerin g\u00F6r\u00FCn\u00FCm\u00FC \u0430yn\u0131 kal\u0131r. Yaz\u0131tipi se\u00E7imi i\u00E7in \u0430\u0443arlar men\u00FCs\u00FCn\u00FC kullan\u0131n, k\u0131smi de\u011Fi\u015Fiklikler d\u0131\u015F\u0131 kal\u0131r.",
	 "Dosyalar s\u0131k\u0131\u015Ft\u0131r\u0131l\u0131rken yaz\u0131tipleri de\u011Fi\u015Fmez; \u00E7evrimd\u0131\u015F\u0131 belgelerin g\u00F6r\u00FCn\u00FCm\u00FC ayn\u0131 kal\u0131r. Yaz\u0131tipi se\u00E7imi i\u00E7in ayarlar men\u00FCs\u00FCn\u00FC kullan\u0131n, k\u0131smi de\u011Fi\u015Fiklikler d\u0131\u015F\u0131 kal\u0131r.", ANY},
	{"the suffix -ken keeps the \u0131 before it in Turkish text obfuscated with Latin-extended letters (vowel harmony read without -ken: al\u0131rken, not alirken)",
	 "Hedef hakk\u0131nda bilgi al\u0131rken bir hata olu\u015Ftu. Bu dosyay\u0131 \u0251\u00E7mak i\u00E7in t\u0131klay\u0131n.\n",
	 "Hedef hakk\u0131nda bilgi al\u0131rken bir hata olu\u015Ftu. Bu dosyay\u0131 a\u00E7mak i\u00E7in t\u0131klay\u0131n.\n", ANY},
	{"a suffix whose first vowel is a or e agrees with the stem in the Turkish word filter: y\u0131\u011F\u0131ttan stays (y\u0131\u011F\u0131t + tan), not yi\u011Fittan (yi\u011Fit + tan)",
	 "\u0130\u015Flevden \u00E7\u0131k\u0131\u015Fta bu de\u011Ferler y\u0131\u011F\u0131ttan \u00E7ekilir. Bu \u0251yarlar\u0131 de\u011Fi\u015Ftirmek i\u00E7in t\u0131klay\u0131n.\n",
	 "\u0130\u015Flevden \u00E7\u0131k\u0131\u015Fta bu de\u011Ferler y\u0131\u011F\u0131ttan \u00E7ekilir. Bu ayarlar\u0131 de\u011Fi\u015Ftirmek i\u00E7in t\u0131klay\u0131n.\n", ANY},
	{"a stem and one suffix in harmony beats a reading the word filter takes otherwise: \u015Fark\u0131 (\u015Fark + \u0131) stays, not \u015Farki",
	 "A\u00E7\u0131ld\u0131\u011F\u0131nda, \u015Fark\u0131 ya da g\u00F6r\u00FCnt\u00FCn\u00FCn ad\u0131 g\u00F6sterilir. Bu \u0251y\u0251rlar\u0131 de\u011F\u0131\u015Ft\u0131rmek \u0131\u00E7\u0131n t\u0131kl\u0251y\u0131n.\n",
	 "A\u00E7\u0131ld\u0131\u011F\u0131nda, \u015Fark\u0131 ya da g\u00F6r\u00FCnt\u00FCn\u00FCn ad\u0131 g\u00F6sterilir. Bu ayarlar\u0131 de\u011Fi\u015Ftirmek i\u00E7in t\u0131klay\u0131n.\n", ANY},
	{"an English word in Turkish text obfuscated with Latin-extended letters gets its i back (Stream\u0131ng, load\u0131ng: the Turkish letter models alone preferred \u0131; no Turkish author writes \u0131 in a foreign word)",
	 "Daha ayr\u0131nt\u0131l\u0131 b\u0131lg\u0131 \u0131\u00E7\u0131n Stream\u0131ng b\u00F6l\u00FCm\u00FCne bak\u0131n ve \u0251yarlar\u0131 de\u011F\u0131\u015Ft\u0131r\u0131n; image-load\u0131ng-policy kullan\u0131n.\n",
	 "Daha ayr\u0131nt\u0131l\u0131 bilgi i\u00E7in Streaming b\u00F6l\u00FCm\u00FCne bak\u0131n ve ayarlar\u0131 de\u011Fi\u015Ftirin; image-loading-policy kullan\u0131n.\n", ANY},
	{"an English word with \u0131 in Turkish text obfuscated with Cyrillic lookalikes reads as English too (Stream\u0131ng), the Turkish words keep their \u0131",
	 "Daha ayr\u0131nt\u0131l\u0131 bilgi i\u00E7in Stream\u0131ng b\u00F6l\u00FCm\u00FCne b\u0430k\u0131n ve \u0430yarlar\u0131 de\u011Fi\u015Ftirin.\n",
	 "Daha ayr\u0131nt\u0131l\u0131 bilgi i\u00E7in Streaming b\u00F6l\u00FCm\u00FCne bak\u0131n ve ayarlar\u0131 de\u011Fi\u015Ftirin.\n", ANY},
	{"Turkish obfuscated with Latin-extended letters keeps kal\u0131r, which Turkish text writes (the C library's catalog) and kalir (kali + r) not",
	 "Bu \u0251yar de\u011F\u0131\u015Ft\u0131r\u0131lmed\u0131k\u00E7e renk sab\u0131t kal\u0131r.\n",
	 "Bu ayar de\u011Fi\u015Ftirilmedik\u00E7e renk sabit kal\u0131r.\n", ANY},
	{"Turkish obfuscated with Latin-extended letters: \u028Bb. is vb. (ve benzeri) by the Turkish letter model, where the Latin one read ub",
	 "Kapsamlama eylemleri \u028Bb. i\u00E7in \u00F6ntan\u0131ml\u0131 eklentiler de\u011Fi\u015Ftirilemez \u0251ma kullan\u0131labilir.\n",
	 "Kapsamlama eylemleri vb. i\u00E7in \u00F6ntan\u0131ml\u0131 eklentiler de\u011Fi\u015Ftirilemez ama kullan\u0131labilir.\n", ANY},
	{"Turkish obfuscated with Latin-extended letters keeps d\u0131\u015F\u0131, which Turkish text writes far more often than di\u015Fi (both are words; the letter models prefer di\u015Fi)",
	 "Bu \u0251yar devre d\u0131\u015F\u0131 b\u0131rak\u0131ld\u0131.",
	 "Bu ayar devre d\u0131\u015F\u0131 b\u0131rak\u0131ld\u0131.", ANY},
	{"Turkish of one-line paragraphs: an exotic Latin letter two paragraphs before still shows that \u0131 may stand for i",
	 "Yeni k\u0251tman\n\nSil\n\nOlu\u015Fturmak i\u00E7\u0131n t\u0131klay\u0131n\n",
	 "Yeni katman\n\nSil\n\nOlu\u015Fturmak i\u00E7in t\u0131klay\u0131n\n", ANY},
	{"Turkish of one-line paragraphs: a \u011F three paragraphs before still shows Turkish, whose paragraph of names keeps its \u0131 (Lisans\u0131)",
	 "Dosya de\u011Fi\u015Ftirildi\n\nSil\n\nKapat\n\nGNU Genel Kamu Lisans\u0131, s\u00FCr\u00FCm 2 ya da s\u0585nras\u0131\n",
	 "Dosya de\u011Fi\u015Ftirildi\n\nSil\n\nKapat\n\nGNU Genel Kamu Lisans\u0131, s\u00FCr\u00FCm 2 ya da sonras\u0131\n", ANY},
	{"a Turkish paragraph of names and no \u015F or \u011F keeps the \u0131 of words Turkish text writes more often with \u0131 (sonras\u0131nda, kullan\u0131lan, format\u0131)",
	 "Microsoft Visi\u0585 2013 ve sonras\u0131nda kullan\u0131lan dosya format\u0131\n",
	 "Microsoft Visio 2013 ve sonras\u0131nda kullan\u0131lan dosya format\u0131\n", ANY},
	{"Turkish suffixes after an apostrophe whose harmony nothing shows (a number, letters without a vowel) keep their \u0131 as written",
	 "Bu \u0251yar\u0131n de\u011Feri 16'd\u0131r; 2300k\u2019l\u0131k bir alan kullan\u0131r.\n",
	 "Bu ayar\u0131n de\u011Feri 16'd\u0131r; 2300k\u2019l\u0131k bir alan kullan\u0131r.\n", ANY},
	{"Turkish suffixes after an abbreviation take the harmony of its last letter's name (bc'nin, GIMP'i, CRC'sini: be, pe, ce), not that of a vowel inside it nor the dotless reading",
	 "Bu \u0251yar\u0131 de\u011F\u0131\u015Ft\u0131rmek \u0131\u00E7\u0131n bc\u2019n\u0131n yen\u0131 s\u00FCr\u00FCm\u00FCn\u00FC ve GIMP'\u0131 kullan\u0131n, CRC\u2019s\u0131n\u0131 denetley\u0131n.",
	 "Bu ayar\u0131 de\u011Fi\u015Ftirmek i\u00E7in bc\u2019nin yeni s\u00FCr\u00FCm\u00FCn\u00FC ve GIMP'i kullan\u0131n, CRC\u2019sini denetleyin.", ANY},
	{"in Turkish, \u028B read as v in words with \u0131 (judged by the Turkish models) still shows that the obfuscator's \u028B is v: hb+vb, not hb+ub",
	 "Bu \u028Bekt\u00F6rler\u0131n\u0131n \u0251yar\u0131 \u028F\u0251\u028B\u0251\u015Flat\u0131l\u0131r ve hb+\u028Bb olarak yaz\u0131l\u0131r.",
	 "Bu vekt\u00F6rlerinin ayar\u0131 yava\u015Flat\u0131l\u0131r ve hb+vb olarak yaz\u0131l\u0131r.", ANY},
	{"Turkish suffixes glued after a parenthesized plural follow its vowel harmony and keep their \u0131 (tuta\u00E7(lar)\u0131n\u0131, DOSYA'(lar)\u0131n, KAYNAK'(lar)\u0131)",
	 "T\u00FCm \u0251yarlar \u0131\u00E7\u0131n tuta\u00E7(lar)\u0131n\u0131 ta\u015F\u0131 ve DOSYA'(lar)\u0131n s\u0131ras\u0131n\u0131 de\u011Fi\u015Ftir, KAYNAK'(lar)\u0131 ta\u015F\u0131.",
	 "T\u00FCm ayarlar i\u00E7in tuta\u00E7(lar)\u0131n\u0131 ta\u015F\u0131 ve DOSYA'(lar)\u0131n s\u0131ras\u0131n\u0131 de\u011Fi\u015Ftir, KAYNAK'(lar)\u0131 ta\u015F\u0131.", ANY},
	{"Turkish Sar\u0131 keeps its \u0131 in an obfuscated document: the word frequencies no longer count the translators' names of the catalogs' headers (Emir SARI, emir_sari@)",
	 "Renk se\u00E7imi: Ye\u015Fil, S\u0251r\u0131 ve K\u0131rm\u0131z\u0131 \u0131\u00E7\u0131n t\u0131klay\u0131n.",
	 "Renk se\u00E7imi: Ye\u015Fil, Sar\u0131 ve K\u0131rm\u0131z\u0131 i\u00E7in t\u0131klay\u0131n.", ANY},
	{"Turkish with more \u0131 than i, obfuscated with a Cyrillic letter, keeps \u015Fark\u0131 and t\u0131pk\u0131 (the dictionary and word frequencies judge them, not the letter model alone)",
	 "\u00C7\u0131kt\u0131 \u0430l\u0131n\u0131rken \u015Fark\u0131 ad\u0131 yaz\u0131l\u0131r, t\u0131pk\u0131 s\u0131ral\u0131 s\u0131n\u0131r\u0131 gibi.\n",
	 "\u00C7\u0131kt\u0131 al\u0131n\u0131rken \u015Fark\u0131 ad\u0131 yaz\u0131l\u0131r, t\u0131pk\u0131 s\u0131ral\u0131 s\u0131n\u0131r\u0131 gibi.\n", ANY},
	{"a Turkish paragraph without \u015F or \u011F whose short words the Latin model knows as well (zaman, gibi, ve) reads as Turkish by its words the Turkish dictionary takes, and keeps the \u0131 of veritaban\u0131",
	 "Zaman dilimi \u028Beritaban\u0131 konumu, \u201CEurope/London\u201D gibi \u0251dlar\n",
	 "Zaman dilimi veritaban\u0131 konumu, \u201CEurope/London\u201D gibi adlar\n", ANY},
	{"a Turkish word the dictionary does not list whose ending is a stem Turkish text writes reads with that stem (lito + grafik: litograf\u0131k is litografik)",
	 "\u00C7ift renkli bir litograf\u0131k efekt olu\u015Fturun ve \u0251yarlar\u0131 de\u011Fi\u015Ftirin.\n",
	 "\u00C7ift renkli bir litografik efekt olu\u015Fturun ve ayarlar\u0131 de\u011Fi\u015Ftirin.\n", ANY},
	{"Turkish compounds written as one word that the dictionary does not list keep their \u0131 where both parts are words Turkish text writes (yaz\u0131 + tipini, yaz\u0131 + tipleri)",
	 "Bu yaz\u0131tipini kullanarak bir \u0251d yaz\u0131n.\n\n\u00D6zel yaz\u0131tipleri \u0251\u00E7\u0131lamad\u0131.\n",
	 "Bu yaz\u0131tipini kullanarak bir ad yaz\u0131n.\n\n\u00D6zel yaz\u0131tipleri a\u00E7\u0131lamad\u0131.\n", ANY},
	{"Turkish in fancy letters keeps its plain \u0131 (no font has a fancy \u0131; fancy letters are no evidence that \u0131 stands for i)",
	 "\U0001D5A4\U0001D5C4\U0001D5C5\U0001D5BE\U0001D5C7\U0001D5BE\U0001D5C7 dizinler autoar ile \U0001D5CC\u0131\U0001D5C4\u0131\u015F\U0001D5CD\u0131\U0001D5CB\u0131\U0001D5C5\u0131\U0001D5CB\U0001D5C4\U0001D5BE\U0001D5C7 kullan\u0131lan \U0001D5CC\u0131\U0001D5C4\u0131\u015F\U0001D5CD\u0131\U0001D5CB\U0001D5C6\U0001D5BA bi\u00E7imi.\n\u00C7evirimd\u0131\u015F\u0131 i\u015Flem \U0001D5C2\u00E7\U0001D5C2\U0001D5C7 defter i\u00E7eri\u011Fini yerele \U0001D5C4\U0001D5C8\U0001D5C9\U0001D5D2\U0001D5BA\U0001D5C5\U0001D5BA",
	 "Eklenen dizinler autoar ile s\u0131k\u0131\u015Ft\u0131r\u0131l\u0131rken kullan\u0131lan s\u0131k\u0131\u015Ft\u0131rma bi\u00E7imi.\n\u00C7evirimd\u0131\u015F\u0131 i\u015Flem i\u00E7in defter i\u00E7eri\u011Fini yerele kopyala", ANY},
	{"Greek \u03B9 in an English word is i, not Turkic dotless \u0131 (confusables.txt gives both the prototype i)",
	 "you that the installation has f\u03B9n\u0131s\u029Ced. Remove the cdrom or other boot media now.",
	 "you that the installation has finished. Remove the cdrom or other boot media now.", ANY},
	{"an invisible character inside a word is evidence enough for the dotless i of a Serbian word before it in the paragraph",
	 "Proizvoljni font koji \u0107e bit\u0131 kori\u0161\u0107en u prostoru za unos teksta. Ovo \u0107e jedino imati dejstva ako je de\u0161tiklirana ku\u0107ica \u201EKoristi podrazumevan\u2060i font\u201C.",
	 "Proizvoljni font koji \u0107e biti kori\u0161\u0107en u prostoru za unos teksta. Ovo \u0107e jedino imati dejstva ako je de\u0161tiklirana ku\u0107ica \u201EKoristi podrazumevani font\u201C.", ANY},
	{"Turkish with an invisible character inside a word keeps its own \u0131",
	 "Yaz\u0131c\u0131 ayarlar\u0131n\u0131 de\u011Fi\u015Ftir\u200Bmek i\u00E7in t\u0131klay\u0131n; kap\u0131lar a\u00E7\u0131k, \u0131\u015F\u0131k yan\u0131t verir.",
	 "Yaz\u0131c\u0131 ayarlar\u0131n\u0131 de\u011Fi\u015Ftirmek i\u00E7in t\u0131klay\u0131n; kap\u0131lar a\u00E7\u0131k, \u0131\u015F\u0131k yan\u0131t verir.", ANY},
	{"dotless i in obfuscated Serbian: \u0161 shows a non-Turkic alphabet, and the paragraphs before carry it to one without diacritics",
	 "Proizvoljni font koji \u0107e biti kori\u0161\u0107en u prostoru z\u0251 un\u0251s teksta.\n\nKlikni i mrd\u0251j mi\u0161em da b\u0131 slika postala reljefna.\n\nKl\u0131k za izbor ili pravljenje teksta.",
	 "Proizvoljni font koji \u0107e biti kori\u0161\u0107en u prostoru za unas teksta.\n\nKlikni i mrdaj mi\u0161em da bi slika postala reljefna.\n\nKlik za izbor ili pravljenje teksta.", ANY},
	{"dotless \u0131 in a French paragraph with nothing else obfuscated is i: \u00E8 \u00EA (letters of no alphabet with \u0131) outnumber its \u0131",
	 "La derni\u00E8re installat\u0131on du syst\u00E8me est pr\u00EAte.",
	 "La derni\u00E8re installation du syst\u00E8me est pr\u00EAte.", ANY},
	{"dotless \u0131 in a Serbian paragraph with nothing else obfuscated is i (\u010D \u0107 \u0161 \u017E)",
	 "Klikni i mrdaj mi\u0161em da bi sl\u0131ka postala reljefna; ako \u017Eeli\u0161 da je ukloni\u0161, pritisni dugme \u010Dim ga vidi\u0161 ili \u0107e ostati.",
	 "Klikni i mrdaj mi\u0161em da bi slika postala reljefna; ako \u017Eeli\u0161 da je ukloni\u0161, pritisni dugme \u010Dim ga vidi\u0161 ili \u0107e ostati.", ANY},
	{"a Turkish name in French text keeps its \u0131 (the Turkish letter model prefers it)",
	 "Kad\u0131k\u00F6y est un quartier d\u2019Istanbul tr\u00E8s anim\u00E9.", SAME, ANY},
	{"Turkish text quoting a French word (\u00E9, no \u015F or \u011F in the paragraph) keeps every \u0131: it has more \u0131 than foreign letters",
	 "Bu kitapta \u201Ccaf\u00E9 au lait\u201D tarifi var, ayr\u0131ca yan\u0131nda kurabiye ve kahve sunulur. S\u0131rr\u0131 Bey\u2019in k\u0131z\u0131 Zo\u00EB okulda.",
	 SAME, ANY},
	{"Turkish whose only obfuscation is an invisible character keeps its \u0131 (invisible characters say nothing of its letters)",
	 "B\u00FCt\u00FCn resmine mozaik efekti eklemek i\u00E7in t\u0131kla.\n\nB\u00FCt\u00FCn re\uFEFFsmine karesel mozaik eklemek i\u00E7in t\u0131kla.",
	 "B\u00FCt\u00FCn resmine mozaik efekti eklemek i\u00E7in t\u0131kla.\n\nB\u00FCt\u00FCn resmine karesel mozaik eklemek i\u00E7in t\u0131kla.", ANY},
	{"a substituted b\u0131r and \u0131lg\u0131l\u0131 in an obfuscated Turkish document are restored: the Turkish dictionary knows bir and ilgili, not their dotless readings, which vowel harmony cannot tell apart",
	 "Bu ayarlar\u0131 de\u011Fi\u015Ftirmek i\u00E7in b\u0131r dosya se\u00E7in ve \u0251\u00E7\u0131n. Dosyay\u0131 kaydetmek i\u00E7in \u0131lg\u0131l\u0131 d\u00FC\u011Fmeye bas\u0131n.",
	 "Bu ayarlar\u0131 de\u011Fi\u015Ftirmek i\u00E7in bir dosya se\u00E7in ve a\u00E7\u0131n. Dosyay\u0131 kaydetmek i\u00E7in ilgili d\u00FC\u011Fmeye bas\u0131n.", ANY},
	{"Turkish with no other substitution in sight: a \u0131 after a front vowel, against vowel harmony, is i where the dictionary knows the word (de\u011F\u0131l)",
	 "Bu katman ta\u015F\u0131nam\u0131yor \u00E7\u00FCnk\u00FC se\u00E7im de\u011F\u0131l.\n",
	 "Bu katman ta\u015F\u0131nam\u0131yor \u00E7\u00FCnk\u00FC se\u00E7im de\u011Fil.\n", ANY},
	{"Turkish with no other substitution in sight: a \u0131 opening a word before a front vowel is i with another word against vowel harmony in the paragraph (l\u0131stesi, \u0131\u00E7in)",
	 "G\u00F6rev l\u0131stesi \u00E7evrim d\u0131\u015F\u0131 kullan\u0131m \u0131\u00E7in imlenmemi\u015F.\n",
	 "G\u00F6rev listesi \u00E7evrim d\u0131\u015F\u0131 kullan\u0131m i\u00E7in imlenmemi\u015F.\n", ANY},
	{"genuine Turkish keeps a lone \u0131 opening a word before a front vowel (the author's slip, \u0131se) and a \u0131 against harmony where the i reading is no Turkish word (plotter\u0131n)",
	 "TRUE \u0131se bu yaz\u0131c\u0131 PostScript kabul ediyor, \u00F6\u011Fe yok.\n\nDaha fazla bilgi i\u00E7in l\u00FCtfen plotter\u0131n k\u0131lavuzuna bak\u0131n, de\u011Fi\u015Ftir.\n",
	 SAME, CLEAN},
	{"a paragraph of words that read as Turkish (no \u015F or \u011F) with no other substitution: a \u0131 against vowel harmony is i (gib\u0131)",
	 "G\u00FCr\u00FClt\u00FC gib\u0131 k\u00FC\u00E7\u00FCk \u00F6l\u00E7ekli bir ekran ile kullan\u0131l\u0131r\n",
	 "G\u00FCr\u00FClt\u00FC gibi k\u00FC\u00E7\u00FCk \u00F6l\u00E7ekli bir ekran ile kullan\u0131l\u0131r\n", ANY},
	{"Turkish of one-line paragraphs: a \u0131 read as i shows that the obfuscator writes \u0131 eight paragraphs on, where the substitutions that showed it are forgotten (otomat\u0131k)",
	 "Yeni b\u0131r katman \u0585lu\u015Ftur\n\nSil\n\nKapat\n\nSe\u00E7im otomat\u0131k yap\u0131l\u0131r\n",
	 "Yeni bir katman olu\u015Ftur\n\nSil\n\nKapat\n\nSe\u00E7im otomatik yap\u0131l\u0131r\n", ANY},
	{"Turkish suffixes after a number and an apostrophe follow the harmony of the number as said (bzip2'nin: iki; 16'd\u0131r: alt\u0131; 10'un: on; 100'\u00FCn: y\u00FCz)",
	 "Bu \u0251yar i\u00E7in ifade2\u2019n\u0131n de\u011Feri 16'd\u0131r, bzip2\u2019n\u0131n 10'un ve 100'\u00FCn yerine.\n",
	 "Bu ayar i\u00E7in ifade2\u2019nin de\u011Feri 16'd\u0131r, bzip2\u2019nin 10'un ve 100'\u00FCn yerine.\n", ANY},
	{"the Turkish relative suffix -ki after a locative never follows vowel harmony: a substituted boyuttak\u0131, tak\u0131m\u0131ndak\u0131 is -ki (the letter models prefer the harmonic -k\u0131)",
	 "Farkl\u0131 boyuttak\u0131 \u00E7ocuklar \u0251ras\u0131nda ge\u00E7i\u015F yapar, se\u00E7ilen bir dizin i\u00E7indeki resim.\n\nBir eylemin a\u011Fa\u00E7 ara\u00E7 tak\u0131m\u0131ndak\u0131 de\u011Fi\u015Fiklikleri g\u00F6stermek i\u00E7in \u0251yarla.\n",
	 "Farkl\u0131 boyuttaki \u00E7ocuklar aras\u0131nda ge\u00E7i\u015F yapar, se\u00E7ilen bir dizin i\u00E7indeki resim.\n\nBir eylemin a\u011Fa\u00E7 ara\u00E7 tak\u0131m\u0131ndaki de\u011Fi\u015Fiklikleri g\u00F6stermek i\u00E7in ayarla.\n", ANY},
	{"Turkish without \u015F or \u011F: a short paragraph of Turkish words and an English name after a paragraph that read as Turkish keeps its \u0131 (olaylar\u0131, not olaylari)",
	 "uyumluluk kipi en faz\u01C0a bir dosyay\u0131 destekler\n\ninotify ve \u00E7\u0131kt\u0131 olaylar\u0131 beklenirken hata\n",
	 "uyumluluk kipi en fazla bir dosyay\u0131 destekler\n\ninotify ve \u00E7\u0131kt\u0131 olaylar\u0131 beklenirken hata\n", ANY},
	{"a Turkish stem that takes suffixes against vowel harmony keeps them: a substituted saat\u0131 is saati (the letter models prefer the harmonic reading)",
	 "A\u011F \u0251k\u0131\u015F\u0131 i\u00E7in giri\u015F saat\u0131 e\u015Flemesi kapat\u0131labilir, g\u00FCn bitim saat\u0131 ve dakikas\u0131.\n",
	 "A\u011F ak\u0131\u015F\u0131 i\u00E7in giri\u015F saati e\u015Flemesi kapat\u0131labilir, g\u00FCn bitim saati ve dakikas\u0131.\n", ANY},
	{"a Turkish stem that takes suffixes against vowel harmony keeps them: a substituted tuval\u0131n is tuvalin",
	 "Tuval\u0131n d\u0131\u015F\u0131nda pozitif, tuval\u0131n i\u00E7inde negatif \u0251yar.\n",
	 "Tuvalin d\u0131\u015F\u0131nda pozitif, tuvalin i\u00E7inde negatif ayar.\n", ANY},
	{"a substituted dak\u0131ka and y\u0131rm\u0131 in an obfuscated Turkish document are restored: dakika and yirmi are stems of the dictionary, their dotless readings only short stems with suffixes (vowel harmony prefers them)",
	 "Bu \u0251yar\u0131 de\u011F\u0131\u015Ft\u0131rmek \u0131\u00E7\u0131n b\u0131r dak\u0131ka bekley\u0131n ve y\u0131rm\u0131 kez t\u0131klay\u0131n.",
	 "Bu ayar\u0131 de\u011Fi\u015Ftirmek i\u00E7in bir dakika bekleyin ve yirmi kez t\u0131klay\u0131n.", ANY},
	{"suffixes after an apostrophe agree in vowel harmony with the name before it and keep their \u0131 (DOSYA'n\u0131n, Vakf\u0131'n\u0131n, Evolution\u02BC\u0131n)",
	 "Bu ayarlar\u0131 de\u011Fi\u015Ftirmek i\u00E7in \u0251\u015Fa\u011F\u0131daki d\u00FC\u011Fmeye bas\u0131n. DOSYA'n\u0131n boyutu, Vakf\u0131'n\u0131n lisans\u0131 ve Evolution\u02BC\u0131n ayarlar\u0131 y\u00FCklenir.",
	 "Bu ayarlar\u0131 de\u011Fi\u015Ftirmek i\u00E7in a\u015Fa\u011F\u0131daki d\u00FC\u011Fmeye bas\u0131n. DOSYA'n\u0131n boyutu, Vakf\u0131'n\u0131n lisans\u0131 ve Evolution\u02BC\u0131n ayarlar\u0131 y\u00FCklenir.", ANY},
	{"Turkish words of the dictionary keep their \u0131 in an obfuscated Turkish document (I\u015F\u0131k read with Turkish capital I, \u0131zgara, \u0131\u015F\u0131k)",
	 "Bu ayarlar\u0131 de\u011Fi\u015Ftirmek i\u00E7in \u0251\u015Fa\u011F\u0131daki d\u00FC\u011Fmeye bas\u0131n. I\u015F\u0131k kap\u0131lar\u0131 yan\u0131t verir; \u0131zgara ve \u0131\u015F\u0131k a\u00E7\u0131k kal\u0131r.",
	 "Bu ayarlar\u0131 de\u011Fi\u015Ftirmek i\u00E7in a\u015Fa\u011F\u0131daki d\u00FC\u011Fmeye bas\u0131n. I\u015F\u0131k kap\u0131lar\u0131 yan\u0131t verir; \u0131zgara ve \u0131\u015F\u0131k a\u00E7\u0131k kal\u0131r.", ANY},
	{"in Turkish obfuscated with Cyrillic letters only, with more dotted i than \u0131, a word the dictionary and the letter models agree on is restored (\u0131\u00E7in)",
	 "Bu ayarlar\u0131 de\u011Fi\u015Ftirmek \u0131\u00E7in \u0430\u015Fa\u011F\u0131daki d\u00FC\u011Fmeye bas\u0131n ve ilgili bilgileri girin, sonra dizini se\u00E7in.",
	 "Bu ayarlar\u0131 de\u011Fi\u015Ftirmek i\u00E7in a\u015Fa\u011F\u0131daki d\u00FC\u011Fmeye bas\u0131n ve ilgili bilgileri girin, sonra dizini se\u00E7in.", ANY},
	{"in Turkish obfuscated with Cyrillic letters only, words of the dictionary keep their \u0131 (\u00E7evrimd\u0131\u015F\u0131, \u0131\u015F\u0131k, \u0131zgara, d\u0131\u015F\u0131)",
	 "Bu ayarlar\u0131 de\u011Fi\u015Ftirmek i\u00E7in \u0430\u015Fa\u011F\u0131daki d\u00FC\u011Fmeye bas\u0131n ve ilgili bilgileri girin, sonra \u00E7evrimd\u0131\u015F\u0131 dizini se\u00E7in; \u0131\u015F\u0131k ve \u0131zgara d\u0131\u015F\u0131 kal\u0131r.",
	 "Bu ayarlar\u0131 de\u011Fi\u015Ftirmek i\u00E7in a\u015Fa\u011F\u0131daki d\u00FC\u011Fmeye bas\u0131n ve ilgili bilgileri girin, sonra \u00E7evrimd\u0131\u015F\u0131 dizini se\u00E7in; \u0131\u015F\u0131k ve \u0131zgara d\u0131\u015F\u0131 kal\u0131r.", ANY},
	{"a Turkish paragraph without \u015F or \u011F that its words show to be Turkish keeps its \u0131 (uyar\u0131), the \u015F of the document two paragraphs behind",
	 "uyar\u0131: Dizinin sonundaki ka\u00E7\u0131lmam\u0131\u015F bir ters e\u011Fik \u00E7izgi ge\u00E7irilemez\n\nuyar\u0131: --context yok say\u0131l\u0131yor; bir SELinux etkin \u00E7ekirdek gerektiriyor\n\nuyar\u0131: --context yok say\u0131l\u0131yor; SELinux/SMACK etkin bir \u00E7ekirdek gerektiriyor\n\nuyar\u0131: --appare\u0578t-size ve -b se\u00E7enekleri --inodes ile etkisiz",
	 "uyar\u0131: Dizinin sonundaki ka\u00E7\u0131lmam\u0131\u015F bir ters e\u011Fik \u00E7izgi ge\u00E7irilemez\n\nuyar\u0131: --context yok say\u0131l\u0131yor; bir SELinux etkin \u00E7ekirdek gerektiriyor\n\nuyar\u0131: --context yok say\u0131l\u0131yor; SELinux/SMACK etkin bir \u00E7ekirdek gerektiriyor\n\nuyar\u0131: --apparent-size ve -b se\u00E7enekleri --inodes ile etkisiz", ANY},
	{"dotless \u0131 in a German paragraph with nothing else obfuscated is i: its words read as no Turkish (Ze\u0131chen)",
	 "Normalerweise werden Ze\u0131chen, die f\u00FCr eine Halbzeilenbegrenzung bestimmt sind, in der n\u00E4chsten Zeile ausgegeben.",
	 "Normalerweise werden Zeichen, die f\u00FCr eine Halbzeilenbegrenzung bestimmt sind, in der n\u00E4chsten Zeile ausgegeben.", ANY},
	{"dotless \u0131 in German words with nothing else obfuscated is i (w\u0131rd, m\u0131t)",
	 "Das Programm w\u0131rd m\u0131t dem Benutzer gestartet.",
	 "Das Programm wird mit dem Benutzer gestartet.", ANY},
	{"a Turkish name in an English paragraph keeps its \u0131 (the Turkish letter model prefers it)",
	 "Kad\u0131k\u00F6y is a district of Istanbul where the ferries stop every hour.",
	 SAME, ANY},
	{"Turkish obfuscated with Cyrillic lookalikes, with fewer \u0131 than dotted i, keeps every \u0131 (\u015Fah\u0131s, Lisans\u0131\u2019n\u0131n)",
	 "Bu durum baz\u0131 3. \u015Fah\u0131s kurumlar\u0131na \u043Ertam d\u043Esyalar\u0131n\u0131 g\u00F6nd\u0435rir. Lisans\u0131\u2019n\u0131n s\u00FCr\u00FCm 3 ya da sonraki s\u00FCr\u00FCm\u00FC g\u0435\u00E7erlidir. Ayr\u0131nt\u0131l\u0131 bilgi i\u00E7in belgelerinizi inceleyiniz.",
	 "Bu durum baz\u0131 3. \u015Fah\u0131s kurumlar\u0131na ortam dosyalar\u0131n\u0131 g\u00F6nderir. Lisans\u0131\u2019n\u0131n s\u00FCr\u00FCm 3 ya da sonraki s\u00FCr\u00FCm\u00FC ge\u00E7erlidir. Ayr\u0131nt\u0131l\u0131 bilgi i\u00E7in belgelerinizi inceleyiniz.", ANY},
	{"Bulgarian \u045D (the pronoun, grave accent) in an obfuscated document is a letter of its own, not a \u0439",
	 "\u0418\u0437\u0442\u0440\u0438\u0432\u0430 \u043F\u0430\u043F\u043A\u0430\u0442\u0430, \u0437\u0430\u0435\u0434\u043D\u043E \u0441\u044A\u0441 \u0441\u044A\u0434\u044A\u0440\u0436\u0430\u043D\u0438\u0435\u0442\u043E \u045D \u0438 \u0444\u0430\u0439\u043B\u043E\u0432\u0435\u0442\u0435 \u0432 \u043De\u044F. \u041F\u0440\u0435\u043A\u044A\u0441\u0432\u0430\u043D\u0435\u0442\u043E \u045D \u043C\u043E\u0436\u0435 \u0434\u0430 \u0434\u043E\u0432\u0435\u0434\u0435 \u0434\u043E \u0437\u0430\u0433\u0443\u0431\u0430.",
	 "\u0418\u0437\u0442\u0440\u0438\u0432\u0430 \u043F\u0430\u043F\u043A\u0430\u0442\u0430, \u0437\u0430\u0435\u0434\u043D\u043E \u0441\u044A\u0441 \u0441\u044A\u0434\u044A\u0440\u0436\u0430\u043D\u0438\u0435\u0442\u043E \u045D \u0438 \u0444\u0430\u0439\u043B\u043E\u0432\u0435\u0442\u0435 \u0432 \u043D\u0435\u044F. \u041F\u0440\u0435\u043A\u044A\u0441\u0432\u0430\u043D\u0435\u0442\u043E \u045D \u043C\u043E\u0436\u0435 \u0434\u0430 \u0434\u043E\u0432\u0435\u0434\u0435 \u0434\u043E \u0437\u0430\u0433\u0443\u0431\u0430.", ANY},
	{"Latin m that the document's obfuscator was seen to write for \u0442 is read as \u0442 where the n-gram model alone would pick \u043C (\u0442\u0430\u0437\u0438, not \u043C\u0430\u0437\u0438)",
	 "\u041D\u043E\u0432\u0438\u044Fm m\u0435\u043A\u0441\u0442 \u043D\u0430 \u0441m\u0440\u0430\u043D\u0438\u0446\u0430m\u0430 \u0435 \u0433\u043Em\u043E\u0432 \u0437\u0430 \u0440\u0430\u0431\u043Em\u0430. \u0421\u0438\u0433\u0443\u0440\u043D\u0438 \u043B\u0438 \u0441\u0442\u0435, \u0447\u0435 \u0438\u0441\u043A\u0430m\u0435 \u0434\u0430 \u0438\u0437m\u0440\u0438\u0435m\u0435 m\u0430\u0437\u0438 \u0431\u0435\u043B\u0435\u0436\u043A\u0430?",
	 "\u041D\u043E\u0432\u0438\u044F\u0442 \u0442\u0435\u043A\u0441\u0442 \u043D\u0430 \u0441\u0442\u0440\u0430\u043D\u0438\u0446\u0430\u0442\u0430 \u0435 \u0433\u043E\u0442\u043E\u0432 \u0437\u0430 \u0440\u0430\u0431\u043E\u0442\u0430. \u0421\u0438\u0433\u0443\u0440\u043D\u0438 \u043B\u0438 \u0441\u0442\u0435, \u0447\u0435 \u0438\u0441\u043A\u0430\u0442\u0435 \u0434\u0430 \u0438\u0437\u0442\u0440\u0438\u0435\u0442\u0435 \u0442\u0430\u0437\u0438 \u0431\u0435\u043B\u0435\u0436\u043A\u0430?", ANY},
	{"Turkish without \u015F/\u011F in an obfuscated paragraph keeps its dotless i (Turkish model)",
	 "Ayr\u0131ca IRC kanal\u0131m\u0131zdan sorular\u0131n\u0131za yan\u0131t bulabilirsiniz, \u00F6rn\u0435k.",
	 "Ayr\u0131ca IRC kanal\u0131m\u0131zdan sorular\u0131n\u0131za yan\u0131t bulabilirsiniz, \u00F6rnek.", ANY},
	{"Cyrillic \u0443 after q is restored as y, never as the Ewe letter \u0263 (which a second clean would judge differently; fuzz)",
	 "Seq\u0443\u0131 te, bq\u0443 qa.",
	 "Seqy\u0131 te, bqy qa.", ANY},
	{"a Turkish compound keeps the \u0131 that breaks vowel harmony (devre + d\u0131\u015F\u0131), where a slip (de\u011F\u0131l) beside it is restored",
	 "Se\u00E7enekler: a\u00E7\u0131k, kapal\u0131, devred\u0131\u015F\u0131. Bu de\u011F\u0131l.",
	 "Se\u00E7enekler: a\u00E7\u0131k, kapal\u0131, devred\u0131\u015F\u0131. Bu de\u011Fil.", ANY},
	{"a Latin word with one Cyrillic letter typed in it, in Ukrainian text, is restored into Latin (control), not into Cyrillic nonsense (\u0441\u043E\u043F\u0442\u0433\u043E\u04CF)",
	 "\u041D\u0430\u0442\u0438\u0441\u043D\u0456\u0442\u044C \u0441ontrol-C, \u0449\u043E\u0431 \u0437\u0443\u043F\u0438\u043D\u0438\u0442\u0438 \u0440\u043E\u0431\u043E\u0442\u0443.",
	 "\u041D\u0430\u0442\u0438\u0441\u043D\u0456\u0442\u044C control-C, \u0449\u043E\u0431 \u0437\u0443\u043F\u0438\u043D\u0438\u0442\u0438 \u0440\u043E\u0431\u043E\u0442\u0443.", ANY},
	{"Latin y in a Ukrainian word is \u0443, not the Kazakh \u04AF the text never writes",
	 "\u041A\u043B\u0430\u0446\u043D\u0456\u0442\u044C \u043D\u0430 \u0437\u043D\u0430\u0447\u043E\u043A \u0443 \u043F\u0440\u0430\u0432\u043E\u043C\u0443 \u0432\u0435\u0440\u0445\u043D\u044C\u043E\u043C\u0443 \u043Ay\u0442\u0456 \u0432\u0456\u043A\u043D\u0430.",
	 "\u041A\u043B\u0430\u0446\u043D\u0456\u0442\u044C \u043D\u0430 \u0437\u043D\u0430\u0447\u043E\u043A \u0443 \u043F\u0440\u0430\u0432\u043E\u043C\u0443 \u0432\u0435\u0440\u0445\u043D\u044C\u043E\u043C\u0443 \u043A\u0443\u0442\u0456 \u0432\u0456\u043A\u043D\u0430.", ANY},
	{"an acronym of Latin lookalikes is the Cyrillic one the text writes elsewhere (OC beside \u041E\u0421)",
	 "\u041F\u0435\u0440\u0435\u0434 \u0443\u0441\u0442\u0430\u043D\u043E\u0432\u043A\u043E\u0439 OC \u043Fp\u043E\u0432\u0435\u0440\u044C\u0442\u0435, \u043F\u043E\u0434\u0434\u0435\u0440\u0436\u0438\u0432\u0430\u0435\u0442 \u043B\u0438 \u041E\u0421 \u0432\u0430\u0448 \u0434\u0438\u0441\u043A.",
	 "\u041F\u0435\u0440\u0435\u0434 \u0443\u0441\u0442\u0430\u043D\u043E\u0432\u043A\u043E\u0439 \u041E\u0421 \u043F\u0440\u043E\u0432\u0435\u0440\u044C\u0442\u0435, \u043F\u043E\u0434\u0434\u0435\u0440\u0436\u0438\u0432\u0430\u0435\u0442 \u043B\u0438 \u041E\u0421 \u0432\u0430\u0448 \u0434\u0438\u0441\u043A.", ANY},
	{"a quoted word of Latin lookalikes that reads as a Cyrillic dictionary word and no English one is restored (Cmamyc, \u0421\u0442\u0430\u0442\u0443\u0441); quoted mbox stays",
	 "\u0423\u043A\u043B\u044E\u0447\u044B\u0446\u0435 \u0433\u0440\u0430\u0444\u0443 \"Cmamyc\" \u0443 \u0440\u044D\u0434\u0430\u043A\u0442\u0430\u0440\u044B \u043F\u0430\u0434\u0437\u0435\u0439 \u0456 \u0437\u0430\u0434\u0430\u043D\u043D\u044F\u045E, \u043A\u0430\u043B\u0456 \u043B\u0430\u0441\u043Aa. \u0417\u0430\u0445\u0430\u0432\u0430\u0439\u0446\u0435 \u043B\u0456\u0441\u0442\u044B \u045E \u0444\u0430\u0440\u043C\u0430\u0446\u0435 \"mbox\" \u0443 \u0440\u044D\u0434\u0430\u043A\u0442\u0430\u0440\u044B.",
	 "\u0423\u043A\u043B\u044E\u0447\u044B\u0446\u0435 \u0433\u0440\u0430\u0444\u0443 \"\u0421\u0442\u0430\u0442\u0443\u0441\" \u0443 \u0440\u044D\u0434\u0430\u043A\u0442\u0430\u0440\u044B \u043F\u0430\u0434\u0437\u0435\u0439 \u0456 \u0437\u0430\u0434\u0430\u043D\u043D\u044F\u045E, \u043A\u0430\u043B\u0456 \u043B\u0430\u0441\u043A\u0430. \u0417\u0430\u0445\u0430\u0432\u0430\u0439\u0446\u0435 \u043B\u0456\u0441\u0442\u044B \u045E \u0444\u0430\u0440\u043C\u0430\u0446\u0435 \"mbox\" \u0443 \u0440\u044D\u0434\u0430\u043A\u0442\u0430\u0440\u044B.", ANY},
	{"a short word of lookalikes opening a sentence before a comma is the sentence's (Ho, for \u041D\u043E,)",
	 "\u041F\u0440\u043E\u0433\u0440\u0430\u043C\u043C\u0430 \u043Fp\u043E\u0432\u0435\u0440\u044F\u0435\u0442 \u0444\u0430\u0439\u043B\u044B Debian. Ho, \u0435\u0441\u043B\u0438 \u0444\u0430\u0439\u043B \u043F\u0443\u0441\u0442, \u043E\u043D\u0430 \u0435\u0433\u043E \u043F\u0440\u043E\u043F\u0443\u0441\u043A\u0430\u0435\u0442.",
	 "\u041F\u0440\u043E\u0433\u0440\u0430\u043C\u043C\u0430 \u043F\u0440\u043E\u0432\u0435\u0440\u044F\u0435\u0442 \u0444\u0430\u0439\u043B\u044B Debian. \u041D\u043E, \u0435\u0441\u043B\u0438 \u0444\u0430\u0439\u043B \u043F\u0443\u0441\u0442, \u043E\u043D\u0430 \u0435\u0433\u043E \u043F\u0440\u043E\u043F\u0443\u0441\u043A\u0430\u0435\u0442.", ANY},
	{"a Latin acronym of two letters, one with only a national Cyrillic twin (I, \u0406), stays Latin in Belarusian text written in lookalikes",
	 "\u041Fpa\u0433pa\u043Ca \u043Fpa\u0432\u044Fpae \u043Fopm\u044B i IP-a\u0434pac \u043Aa\u043C\u043Fy\u0442apa.",
	 "\u041F\u0440\u0430\u0433\u0440\u0430\u043C\u0430 \u043F\u0440\u0430\u0432\u044F\u0440\u0430\u0435 \u043F\u043E\u0440\u0442\u044B \u0456 IP-\u0430\u0434\u0440\u0430\u0441 \u043A\u0430\u043C\u043F\u0443\u0442\u0430\u0440\u0430.", ANY},
	{"a Belarusian word obfuscated but for one Cyrillic letter (kon\u0456i of \u043A\u043E\u043F\u0456\u0456) is Cyrillic, though its Latin reading reads well",
	 "\u0417\u0430\u0445\u0430\u0432\u0430\u0439\u0446\u0435 \u0434\u0437\u0432\u0435 kon\u0456i \u0444\u0430\u0439\u043B\u0430 \u045E \u0456\u043D\u0448\u044B\u043C \u043C\u0435\u0441\u0446\u044B.",
	 "\u0417\u0430\u0445\u0430\u0432\u0430\u0439\u0446\u0435 \u0434\u0437\u0432\u0435 \u043A\u043E\u043F\u0456\u0456 \u0444\u0430\u0439\u043B\u0430 \u045E \u0456\u043D\u0448\u044B\u043C \u043C\u0435\u0441\u0446\u044B.", ANY},
	{"a lone fancy letter a few paragraphs after the document's last fancy word is restored (Serbian \U0001D42E for u)",
	 "Otvorite \U0001D429\U0001D42B\U0001D428\U0001D420\U0001D42B\U0001D41A\U0001D426 za crtanje.\n\nIzaberite boju.\n\nSa\u010Duvajte sliku.\n\nPomerite pokaziva\u010D mi\u0161a \U0001D42E tekstu.",
	 "Otvorite program za crtanje.\n\nIzaberite boju.\n\nSa\u010Duvajte sliku.\n\nPomerite pokaziva\u010D mi\u0161a u tekstu.", ANY},
	{"a line alone of English whose every letter has a Cyrillic twin, most of them written in Cyrillic, is restored into Latin, where it reads, not into Cyrillic, whose letters are the most",
	 "\u0422h\u0435 \u0455tr\u0435\u0430m w\u0456ll \u0455t\u043E\u0440 \u0430t th\u0456\u0455 \u0440\u043E\u0455\u0456t\u0456\u043En.",
	 "The stream will stop at this position.", ANY},
	{"a line alone of English written wholly in Cyrillic lookalikes (curated twins \u0442 \u0433 \u043C \u04CF \u04BB \u0448 included) reads as English: restored",
	 "\u0422\u04BB\u0435 \u0455\u0442\u0433\u0435\u0430\u043C \u0448\u0456\u04CF\u04CF \u0455\u0442\u043E\u0440 \u0430\u0442 \u0442\u04BB\u0456\u0455 \u0440\u043E\u0455\u0456\u0442\u0456\u043E\u043F.",
	 "The stream will stop at this position.", ANY},
	{"a Turkish line in Cyrillic lookalikes whose \u011F no Cyrillic letter writes reads as Latin, though its Cyrillic letters are the most",
	 "\u0410\u04CF\u0442 \u0443\u043E\u04CF\u04CF\u0430\u0433\u0131 \u0455\u0131\u0433\u0430\u04CF\u0430\u043C\u0430\u043A \u0456\u00E7\u0456\u043F d\u00FC\u011F\u00FCm",
	 "Alt yollar\u0131 s\u0131ralamak i\u00E7in d\u00FC\u011F\u00FCm", ANY},
	{"a short Russian line without anchors stays Russian",
	 "\u041A\u0430\u043A \u0442\u043E\u0442 \u0441\u043E\u0440\u043E\u043A \u0442\u043E\u043D\u043D",
	 "\u041A\u0430\u043A \u0442\u043E\u0442 \u0441\u043E\u0440\u043E\u043A \u0442\u043E\u043D\u043D", ANY},
	{"a short Russian line with an English name and no anchor at all stays",
	 "\u0412\u043E\u0442 \u043E\u043D: Apache",
	 "\u0412\u043E\u0442 \u043E\u043D: Apache", ANY},
	{"Ewe letters stay when the text writes other Ewe letters",
	 "Ewe: Mie\u028Ba afi sia, \u0256e \u014Bk\u0254, t\u0435st.",
	 "Ewe: Mie\u028Ba afi sia, \u0256e \u014Bk\u0254, test.", ANY},
	{"a word of Cyrillic lookalikes keeps its exotic letters for the restoration into Latin (\u051D\u0435 is we, not \u0448\u0435)",
	 "Wh\u0435n it is us\u0435ful, \u051D\u0435 will link to it.",
	 "When it is useful, we will link to it.", ANY},
	{"fancy letters mixed with Cyrillic lookalikes are evidence for the words of lookalikes",
	 "\u0422\u04BB\U0001D5F2 \U0001D5F4\u0435\U0001D601\U0001D5F2\U0001D5FB\U0001D601 command displays \u0455\u043Em\u0435 entries from databases.",
	 "The getent command displays some entries from databases.", ANY},
	{"a short word of letters the document substitutes inside words is restored (Greek \u03BF\u03C5 for ou in French)",
	 "V\u03BFus p\u03BF\u03C5vez le m\u03BFdifier \u03BF\u03C5 le redistribuer s\u03BFus les termes.",
	 "Vous pouvez le modifier ou le redistribuer sous les termes.", ANY},
	{"a capital of Cyrillic lookalikes opening a sentence is as substituted as its small letter (\u0410\u043A\u043E in Serbian Latin)",
	 "\u0410\u043A\u043E je izabr\u0430no, ovaj t\u0435\u043Ast je p\u043Edebljan.",
	 "Ako je izabrano, ovaj tekst je podebljan.", ANY},
	{"a word of Cyrillic lookalikes next to a Vietnamese word, in text with no genuine Cyrillic, is restored though it reads as Bulgarian (\u0445\u0435\u043C)",
	 "Ch\u1EEF b\u1EA5t ho\u1EA1t trong m\u1EE5\u0441 xem tr\u00EAn n\u1EC1n th\u01B0\u1EDDng trong m\u1EE5c \u0445\u0435\u043C",
	 "Ch\u1EEF b\u1EA5t ho\u1EA1t trong m\u1EE5c xem tr\u00EAn n\u1EC1n th\u01B0\u1EDDng trong m\u1EE5c xem", ANY},
	{"English key written \u043A\u0435\u0443 between English words is restored",
	 "If no \u043A\u0435\u0443 is given, use th\u0435 entire line as the k\u0435y.",
	 "If no key is given, use the entire line as the key.", ANY},
	{"a Latin capital opening a Greek sentence is its article though a genuine Latin word ends the sentence before (EXPR. H \u03AD\u03BA\u03C6\u03C1\u03B1\u03C3\u03B7)",
	 "\u03A4\u03B5\u03C1\u03BC\u03B1\u03C4\u03AF\u03B6\u03B5\u03C4\u03B1\u03B9 \u03BC\u03B5 \u03BA\u03C9\u03B4\u03B9\u03BA\u00F3 0 (\u03B1\u03BB\u03B7\u03B8\u03AE\u03C2) \u03AE 1 (\u03C8\u03B5\u03C5\u03B4\u03AE\u03C2) \u03B1\u03BD\u03AC\u03BB\u03BF\u03B3\u03B1 \u03BC\u03B5 \u03C4\u03B7\u03BD \u03B1\u03C0\u03BF\u03C4\u03AF\u03BC\u03B7\u03C3\u03B7 \u03C4\u03B7\u03C2 EXPR. H \u03AD\u03BA\u03C6\u03C1\u03B1\u03C3\u03B7 \u03BC\u03C0\u03BF\u03C1\u03B5\u03AF \u03BD\u03B1 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03BC\u03BF\u03BD\u03B1\u03B4\u03B9\u03B1\u03AF\u03B1 \u03AE \u03B4\u03C5\u03B1\u03B4\u03B9\u03BA\u03AE. Y\u03C0\u03AC\u03C1\u03C7\u03BF\u03C5\u03BD \u03C4\u03B5\u03BB\u03B5\u03C3\u03C4\u03AD\u03C2.",
	 "\u03A4\u03B5\u03C1\u03BC\u03B1\u03C4\u03AF\u03B6\u03B5\u03C4\u03B1\u03B9 \u03BC\u03B5 \u03BA\u03C9\u03B4\u03B9\u03BA\u03CC 0 (\u03B1\u03BB\u03B7\u03B8\u03AE\u03C2) \u03AE 1 (\u03C8\u03B5\u03C5\u03B4\u03AE\u03C2) \u03B1\u03BD\u03AC\u03BB\u03BF\u03B3\u03B1 \u03BC\u03B5 \u03C4\u03B7\u03BD \u03B1\u03C0\u03BF\u03C4\u03AF\u03BC\u03B7\u03C3\u03B7 \u03C4\u03B7\u03C2 EXPR. \u0397 \u03AD\u03BA\u03C6\u03C1\u03B1\u03C3\u03B7 \u03BC\u03C0\u03BF\u03C1\u03B5\u03AF \u03BD\u03B1 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03BC\u03BF\u03BD\u03B1\u03B4\u03B9\u03B1\u03AF\u03B1 \u03AE \u03B4\u03C5\u03B1\u03B4\u03B9\u03BA\u03AE. \u03A5\u03C0\u03AC\u03C1\u03C7\u03BF\u03C5\u03BD \u03C4\u03B5\u03BB\u03B5\u03C3\u03C4\u03AD\u03C2.", ANY},
	{"a run of Greek lookalikes glued to a French word is no Greek word where the text writes no Greek (\u03BD\u03BF\u03C5lez)",
	 "Si vous ne \u03BD\u03BF\u03C5lez pas du partitionnement automatique.",
	 "Si vous ne voulez pas du partitionnement automatique.", ANY},
	{"a capital after a small letter is no junction of two words where the text writes no Greek (Veb\u039A\u03B9\u03C4\u03B1)",
	 "Veb proces Veb\u039A\u03B9\u03C4\u03B1 se uru\u0161io prilikom prikazivanja.",
	 "Veb proces VebKita se uru\u0161io prilikom prikazivanja.", ANY},
	{"in Greek text the same word is a Latin name with a Greek one glued on, and stays",
	 "\u03A4\u03BF \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1 Veb\u039A\u03B9\u03C4\u03B1 \u03AD\u03C7\u03B5\u03B9 \u03BB\u03AC\u03B8\u03BF\u03C2.",
	 "\u03A4\u03BF \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1 Veb\u039A\u03B9\u03C4\u03B1 \u03AD\u03C7\u03B5\u03B9 \u03BB\u03AC\u03B8\u03BF\u03C2.", ANY},
	{"two caseless l-lookalikes in a row read as ll (U+01C0 in still, Fall, longuement)",
	 "It is sti\u01C0\u01C0 here in this Fa\u01C0\u01C0, appuyer \u01C0onguement.",
	 "It is still here in this Fall, appuyer longuement.", ANY},
	{"dotless i in an obfuscated French text: the i reading is a better Latin word than the \u0131 reading a Turkish one",
	 "Vous pouvez demander \u00E0 votre ord\u0131nateur d\u2019\u00E9mettre un son, suff\u0131samment l\u03BFngtemps.",
	 "Vous pouvez demander \u00E0 votre ordinateur d\u2019\u00E9mettre un son, suffisamment longtemps.", ANY},
	{"Latin \u00E9 and e inside Greek words stand for \u03AD and \u03B5",
	 "\u03A0\u03B9\u00E9\u03C3\u03C4\u03B5 \u03C4\u03BF \u03C0\u03BB\u03AE\u03BA\u03C4\u03C1\u03BF Enter \u03BA\u03B1\u03B9 \u03B8\u03B1 \u03B4\u03B5\u03AF\u03C4\u03B5 \u03C4\u03BF \u03BC\u03B5\u03BD\u03BF\u03CD, \u03B5\u03AC\u03BD \u03B4\u03B5\u03BD \u00E9\u03C7\u03B5\u03C4\u03B5 \u03C0\u03C1\u03CC\u03C3\u03B2\u03B1\u03C3\u03B7.",
	 "\u03A0\u03B9\u03AD\u03C3\u03C4\u03B5 \u03C4\u03BF \u03C0\u03BB\u03AE\u03BA\u03C4\u03C1\u03BF Enter \u03BA\u03B1\u03B9 \u03B8\u03B1 \u03B4\u03B5\u03AF\u03C4\u03B5 \u03C4\u03BF \u03BC\u03B5\u03BD\u03BF\u03CD, \u03B5\u03AC\u03BD \u03B4\u03B5\u03BD \u03AD\u03C7\u03B5\u03C4\u03B5 \u03C0\u03C1\u03CC\u03C3\u03B2\u03B1\u03C3\u03B7.", ANY},
	{"a Latin word with e in Greek text stays",
	 "\u03A0\u03B1\u03C4\u03AE\u03C3\u03C4\u03B5 Enter \u03B3\u03B9\u03B1 \u03BD\u03B1 \u03C3\u03C5\u03BD\u03B5\u03C7\u03AF\u03C3\u03B5\u03C4\u03B5 \u03BC\u03B5 \u03C4\u03BF debian-installer.",
	 SAME, CLEAN},
	{"a Latin identifier glued to digits stays Latin in an obfuscated Ukrainian text (compat42)",
	 "\u041F\u0430\u0440\u0430\u043C\u0435\u0442\u0440\u0438 \u0432\u0456\u0434\u043F\u043E\u0432\u0456\u0434\u0430\u044E\u0442\u044C \u043F\u0430\u0440\u0430\u043C\u0435\u0442\u0440\u0443 compat42 \u043A\u043E\u043C\u0430\u043D\u0434\u0438 shopt \u0456 \u0432\u0441\u0442\u0430\u043D\u043E\u0432\u043B\u044E\u044E\u0442\u044C \u0440\u0456\u0432\u0435\u043D\u044C \u0441\u0443\u043Ci\u0441\u043D\u043E\u0441\u0442\u0456.",
	 "\u041F\u0430\u0440\u0430\u043C\u0435\u0442\u0440\u0438 \u0432\u0456\u0434\u043F\u043E\u0432\u0456\u0434\u0430\u044E\u0442\u044C \u043F\u0430\u0440\u0430\u043C\u0435\u0442\u0440\u0443 compat42 \u043A\u043E\u043C\u0430\u043D\u0434\u0438 shopt \u0456 \u0432\u0441\u0442\u0430\u043D\u043E\u0432\u043B\u044E\u044E\u0442\u044C \u0440\u0456\u0432\u0435\u043D\u044C \u0441\u0443\u043C\u0456\u0441\u043D\u043E\u0441\u0442\u0456.", ANY},

	{"in a heavily obfuscated Russian text, short words written whole in Latin are restored (sentence-initial B, y, c) and a path stays",
	 "Bash \u0447\u0438\u0442ae\u0442 \u0438 \u0432\u044B\u043Fo\u043B\u043D\u044Fe\u0442 \u043Ao\u043Ca\u043D\u0434\u044B \u0438\u0437 /etc/bash.bashrc \u0438 ~/.bashrc, ec\u043B\u0438 \u044D\u0442o \u0438\u043D\u0442epa\u043A\u0442\u0438\u0432\u043Da\u044F o\u0431o\u043Bo\u0447\u043Aa. B oc\u043Do\u0432\u043Do\u043C o\u043D\u0438 \u043Aaca\u044E\u0442c\u044F \u043Dac\u0442poe\u043A y \u043Fo\u043B\u044C\u0437o\u0432a\u0442e\u043B\u044F c \u043Fpa\u0432a\u043C\u0438.",
	 "Bash \u0447\u0438\u0442\u0430\u0435\u0442 \u0438 \u0432\u044B\u043F\u043E\u043B\u043D\u044F\u0435\u0442 \u043A\u043E\u043C\u0430\u043D\u0434\u044B \u0438\u0437 /etc/bash.bashrc \u0438 ~/.bashrc, \u0435\u0441\u043B\u0438 \u044D\u0442\u043E \u0438\u043D\u0442\u0435\u0440\u0430\u043A\u0442\u0438\u0432\u043D\u0430\u044F \u043E\u0431\u043E\u043B\u043E\u0447\u043A\u0430. \u0412 \u043E\u0441\u043D\u043E\u0432\u043D\u043E\u043C \u043E\u043D\u0438 \u043A\u0430\u0441\u0430\u044E\u0442\u0441\u044F \u043D\u0430\u0441\u0442\u0440\u043E\u0435\u043A \u0443 \u043F\u043E\u043B\u044C\u0437\u043E\u0432\u0430\u0442\u0435\u043B\u044F \u0441 \u043F\u0440\u0430\u0432\u0430\u043C\u0438.", ANY},
	{"Russian text whose obfuscator writes m for \u0442, n for \u043F and a for \u0430: "
	 "\"man\" stays Latin next to Latin words that have no anchor letter but could not be "
	 "Cyrillic there (the g and s of \"pages\" and \"less\" have only \u050D and \u0455 for twins)",
	 "Команды оnисаны в сnрaвочных сmраницах (man pages), и команда \"man kill\" nокажеm документ. Программа man выводиm текст через less.",
	 "Команды описаны в справочных страницах (man pages), и команда \"man kill\" покажет документ. Программа man выводит текст через less.", ANY},
	{"a file extension stays Latin in a token with a Latin word that could not be Cyrillic (example.txt)",
	 "Чтобы сkрыть фaйл example.txt, nереименуйmе его. Файл будеm сkрыm.",
	 "Чтобы скрыть файл example.txt, переименуйте его. Файл будет скрыт.", ANY},
	{"a Latin letter with a star after it is a pattern, not a preposition (\u201E[c*]\u201C)",
	 "Конструкция „[c*]“ nовторяеm символ, a оnция „-r“ рабоmаеm с фaйлами.",
	 "Конструкция „[c*]“ повторяет символ, а опция „-r“ работает с файлами.", ANY},
	{"a short ending after a hyphen joined to an acronym is restored (ЦД-у written ЦД-y)",
	 "Сmаmус nоследнего ИБ-a и ЦД-y nоказан, a mакже nуть к фaйлу.",
	 "Статус последнего ИБ-а и ЦД-у показан, а также путь к файлу.", ANY},
	{"a Latin acronym in capitals without a vowel stays Latin in Russian text (BMP, not ВМР)",
	 "Проmокол HTTP исnользуеmся, a фaйл сохраняеmся в BMP.",
	 "Протокол HTTP используется, а файл сохраняется в BMP.", ANY},
	{"a Latin word in capitals stays Latin in Cyrillic text that writes no word of its own in capitals (IMAP, not ІМАР)",
	 "Iнший сервер IMAP недосmуnний. Mожна nеревірити сервер, Aле Pядок налаштувань nорожній.",
	 "Інший сервер IMAP недоступний. Можна перевірити сервер, Але Рядок налаштувань порожній.", ANY},
	{"a word in capitals of Latin lookalikes is restored where the text writes Cyrillic words in capitals (HOMEP next to ИДЕНТИФИКАТОР)",
	 "Укажиmе ИДЕНТИФИКАТОР и HOMEP nроцесса, a заmем nерезаnусmиmе его.",
	 "Укажите ИДЕНТИФИКАТОР и НОМЕР процесса, а затем перезапустите его.", ANY},
	{"a capitalised Latin name inside a sentence of Bulgarian text stays Latin (Orca, not Огса)",
	 "Aко искаmе да насmроиmе Orca, Oтвореmе nрозореца Hасmройки и изберете rлаca.",
	 "Ако искате да настроите Orca, Отворете прозореца Настройки и изберете гласа.", ANY},
	{"a one-letter Serbian ending joined by a hyphen to a Latin name is restored, though the name has anchor letters (VideoLAN-а)",
	 "Покреmање VideoLAN-a са nриориmеmом реалног времена може да усnори сисmем.",
	 "Покретање VideoLAN-а са приоритетом реалног времена може да успори систем.", ANY},
	{"in a lightly obfuscated Russian text, a path, an option and an acronym of Latin lookalike letters stay Latin (/etc, -O, HTTP)",
	 "Bash \u0447\u0438\u0442\u0430\u0435\u0442 \u0438 \u0432\u044B\u043F\u043E\u043B\u043D\u044F\u0435\u0442 \u043A\u043E\u043C\u0430\u043D\u0434\u044B \u0438\u0437 /etc/bash.bashrc, \u0435\u0441\u043B\u0438 \u044D\u0442\u043E \u0438\u043D\u0442\u0435\u0440\u0430\u043A\u0442\u0438\u0432\u043D\u0430\u044F \u043E\u0431\u043E\u043B\u043E\u0447\u043A\u0430. \u041F\u0430\u0440\u0430\u043C\u0435\u0442\u0440 -O \u0437\u0430\u0434\u0430\u0451\u0442 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435, \u043F\u0440\u043E\u0442\u043E\u043A\u043E\u043B HTTP \u0438\u0441\u043F\u043E\u043B\u044C\u0437\u0443\u0435\u0442\u0441\u044F \u0434\u043B\u044F \u0437\u0430\u0433\u0440\u0443\u0437\u043A\u0438, \u0430 \u0444\u0430\u0439\u043B \u0442o\u0436\u0435.",
	 "Bash \u0447\u0438\u0442\u0430\u0435\u0442 \u0438 \u0432\u044B\u043F\u043E\u043B\u043D\u044F\u0435\u0442 \u043A\u043E\u043C\u0430\u043D\u0434\u044B \u0438\u0437 /etc/bash.bashrc, \u0435\u0441\u043B\u0438 \u044D\u0442\u043E \u0438\u043D\u0442\u0435\u0440\u0430\u043A\u0442\u0438\u0432\u043D\u0430\u044F \u043E\u0431\u043E\u043B\u043E\u0447\u043A\u0430. \u041F\u0430\u0440\u0430\u043C\u0435\u0442\u0440 -O \u0437\u0430\u0434\u0430\u0451\u0442 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435, \u043F\u0440\u043E\u0442\u043E\u043A\u043E\u043B HTTP \u0438\u0441\u043F\u043E\u043B\u044C\u0437\u0443\u0435\u0442\u0441\u044F \u0434\u043B\u044F \u0437\u0430\u0433\u0440\u0443\u0437\u043A\u0438, \u0430 \u0444\u0430\u0439\u043B \u0442\u043E\u0436\u0435.", ANY},
	{"a two-letter Latin word that would be no Ukrainian word restored stays Latin (in, not \u0456\u043F), while one that reads as a Ukrainian word is restored (no -> \u043F\u043E)",
	 "\u0417\u0430\u0440\u0435\u0437\u0435\u0440\u0432\u043E\u0432\u0430\u043D\u0456 \u0441\u043B\u043E\u0432\u0430 \u0431\u0443\u0434\u0435 \u0440\u043E\u0437\u043F\u0456\u0437\u043D\u0430\u043D\u043E, \u044F\u043A\u0449\u043E \u0432\u043E\u043D\u0438 \u0454 \u0442\u0440\u0435\u0442\u0456\u043C \u0441\u043B\u043E\u0432\u043E\u043C \u043A\u043E\u043C\u0430\u043D\u0434\u0438 case \u0430\u0431\u043E select (\u043A\u043E\u0440\u0435\u043A\u0442\u043D\u0438\u043C \u0454 \u043B\u0438\u0448\u0435 in) \u0430\u0431\u043E \u043Ao\u043Ca\u043D\u0434\u0438 for. \u0412\u043E\u043D\u0438 \u0432\u0438\u043A\u043E\u043D\u0443\u044E\u0442\u044C\u0441\u044F no \u0447\u0435\u0440\u0437\u0456.",
	 "\u0417\u0430\u0440\u0435\u0437\u0435\u0440\u0432\u043E\u0432\u0430\u043D\u0456 \u0441\u043B\u043E\u0432\u0430 \u0431\u0443\u0434\u0435 \u0440\u043E\u0437\u043F\u0456\u0437\u043D\u0430\u043D\u043E, \u044F\u043A\u0449\u043E \u0432\u043E\u043D\u0438 \u0454 \u0442\u0440\u0435\u0442\u0456\u043C \u0441\u043B\u043E\u0432\u043E\u043C \u043A\u043E\u043C\u0430\u043D\u0434\u0438 case \u0430\u0431\u043E select (\u043A\u043E\u0440\u0435\u043A\u0442\u043D\u0438\u043C \u0454 \u043B\u0438\u0448\u0435 in) \u0430\u0431\u043E \u043A\u043E\u043C\u0430\u043D\u0434\u0438 for. \u0412\u043E\u043D\u0438 \u0432\u0438\u043A\u043E\u043D\u0443\u044E\u0442\u044C\u0441\u044F \u043F\u043E \u0447\u0435\u0440\u0437\u0456.", ANY},
	{"a lone Latin letter whose Cyrillic twin is no word stays Latin in an obfuscated Bulgarian text (n, p, x: not \u043F, \u0440, \u0445), while y is the preposition \u0443",
	 "\u0418\u043D\u0434\u0435\u043A\u0441\u0438\u0440\u0430\u043D\u0435 \u0434\u043E n \u0446\u0432\u044F\u0442\u0430, \u043F\u0440\u0438 0 \u043E\u0441\u0442\u0430\u0432\u0430 \u0432 \u0427\u0417\u0421. \u041F\u0440o\u0433\u0440\u0430\u043C\u0430\u0442\u0430 \u043Fo\u043A\u0430\u0437\u0432\u0430 y \u0432\u0441\u0435\u043A\u0438 \u043F\u0440o\u0437\u043E\u0440\u0435\u0446 p \u0438 x.",
	 "\u0418\u043D\u0434\u0435\u043A\u0441\u0438\u0440\u0430\u043D\u0435 \u0434\u043E n \u0446\u0432\u044F\u0442\u0430, \u043F\u0440\u0438 0 \u043E\u0441\u0442\u0430\u0432\u0430 \u0432 \u0427\u0417\u0421. \u041F\u0440\u043E\u0433\u0440\u0430\u043C\u0430\u0442\u0430 \u043F\u043E\u043A\u0430\u0437\u0432\u0430 \u0443 \u0432\u0441\u0435\u043A\u0438 \u043F\u0440\u043E\u0437\u043E\u0440\u0435\u0446 p \u0438 x.", ANY},
	{"a capital letter alone inside a sentence of a heavily obfuscated Belarusian text stays Latin (X \u0456 Y: variables, not \u0423)",
	 "C\u0442p\u044D\u043B\u043Aa \u0431y\u0434\u0437e \u043Fepa\u043C\u044F\u0448\u0447a\u0446\u0446a \u043Fa X i Y, \u043Aa\u043Bi \u0431y\u0434\u0437e \u043Da\u0446ic\u043Dy\u0442a\u044F \u043A\u043Do\u043F\u043Aa. \u0428\u0447\u044B\u043B\u044C\u043Dac\u0446\u044C yc\u0442a\u045E\u043Ai \u043Aa\u0434pa\u045E \u043Fa\u0432\u044F\u043Bi\u0447\u0432ae\u0446\u0446a \u043Fp\u044B c\u0442a\u043Do\u045E\u0447\u044Bx \u0437\u043Da\u0447\u044D\u043D\u043D\u044Fx, a \u043Fa\u043C\u044F\u043D\u0448ae\u0446\u0446a \u043Fp\u044B a\u0434\u043Co\u045E\u043D\u044Bx.",
	 "\u0421\u0442\u0440\u044D\u043B\u043A\u0430 \u0431\u0443\u0434\u0437\u0435 \u043F\u0435\u0440\u0430\u043C\u044F\u0448\u0447\u0430\u0446\u0446\u0430 \u043F\u0430 X \u0456 Y, \u043A\u0430\u043B\u0456 \u0431\u0443\u0434\u0437\u0435 \u043D\u0430\u0446\u0456\u0441\u043D\u0443\u0442\u0430\u044F \u043A\u043D\u043E\u043F\u043A\u0430. \u0428\u0447\u044B\u043B\u044C\u043D\u0430\u0441\u0446\u044C \u0443\u0441\u0442\u0430\u045E\u043A\u0456 \u043A\u0430\u0434\u0440\u0430\u045E \u043F\u0430\u0432\u044F\u043B\u0456\u0447\u0432\u0430\u0435\u0446\u0446\u0430 \u043F\u0440\u044B \u0441\u0442\u0430\u043D\u043E\u045E\u0447\u044B\u0445 \u0437\u043D\u0430\u0447\u044D\u043D\u043D\u044F\u0445, \u0430 \u043F\u0430\u043C\u044F\u043D\u0448\u0430\u0435\u0446\u0446\u0430 \u043F\u0440\u044B \u0430\u0434\u043C\u043E\u045E\u043D\u044B\u0445.", ANY},
	{"a one-letter word of lookalikes between two Latin names in an obfuscated Ukrainian text is the conjunction (Google i Facebook -> \u0456)",
	 "\u041F\u0440\u043E\u0433\u0440\u0430\u043C\u0430 \u043F\u0456\u0434\u0442\u0440\u0438\u043C\u0443\u0454 \u043E\u0431\u043B\u0456\u043A\u043E\u0432\u0456 \u0437\u0430\u043F\u0438\u0441\u0438 Google i Facebook, \u0430 \u0442\u0430\u043A\u043E\u0436 \u0441\u0435\u0440\u0432\u0435\u0440\u0438 Microsoft Exchange i Novell GroupWise. \u0412\u043E\u043D\u0438 \u043D\u0430\u043B\u0430\u0448\u0442\u043E\u0432\u0443\u044E\u0442\u044C\u0441\u044F y \u0432\u0456\u043A\u043Di \u043F\u0440o\u0433\u0440\u0430\u043C\u0438.",
	 "\u041F\u0440\u043E\u0433\u0440\u0430\u043C\u0430 \u043F\u0456\u0434\u0442\u0440\u0438\u043C\u0443\u0454 \u043E\u0431\u043B\u0456\u043A\u043E\u0432\u0456 \u0437\u0430\u043F\u0438\u0441\u0438 Google \u0456 Facebook, \u0430 \u0442\u0430\u043A\u043E\u0436 \u0441\u0435\u0440\u0432\u0435\u0440\u0438 Microsoft Exchange \u0456 Novell GroupWise. \u0412\u043E\u043D\u0438 \u043D\u0430\u043B\u0430\u0448\u0442\u043E\u0432\u0443\u044E\u0442\u044C\u0441\u044F \u0443 \u0432\u0456\u043A\u043D\u0456 \u043F\u0440\u043E\u0433\u0440\u0430\u043C\u0438.", ANY},
	{"a lone Latin letter whose Cyrillic twin is no word stays Latin wherever it is in a heavily obfuscated Ukrainian text (128+n, \u0441\u0438\u0433\u043D\u0430\u043B\u0443 n.: not \u043F)",
	 "\u041Fo\u0432ep\u043D\u0443m\u0438\u043C \u0437\u043D\u0430\u0447e\u043D\u043D\u044F\u043C npocm\u043E\u0457 ko\u043Ca\u043D\u0434\u0438 \u0454 \u0457\u0457 \u043A\u043E\u0434 \u0441m\u0430\u043D\u0443 \u0432\u0438x\u043E\u0434y \u0430\u0431\u043E 128+n, \u044Fk\u0449o \u043Ao\u043C\u0430\u043D\u0434\u0443 \u0431y\u043B\u043E ne\u0440e\u0440\u0432\u0430\u043D\u043E i\u0437 \u0432\u0438k\u043Ep\u0438\u0441\u0442a\u043D\u043D\u044F\u043C c\u0438\u0433\u043Da\u043By n.",
	 "\u041F\u043E\u0432\u0435\u0440\u043D\u0443\u0442\u0438\u043C \u0437\u043D\u0430\u0447\u0435\u043D\u043D\u044F\u043C \u043F\u0440\u043E\u0441\u0442\u043E\u0457 \u043A\u043E\u043C\u0430\u043D\u0434\u0438 \u0454 \u0457\u0457 \u043A\u043E\u0434 \u0441\u0442\u0430\u043D\u0443 \u0432\u0438\u0445\u043E\u0434\u0443 \u0430\u0431\u043E 128+n, \u044F\u043A\u0449\u043E \u043A\u043E\u043C\u0430\u043D\u0434\u0443 \u0431\u0443\u043B\u043E \u043F\u0435\u0440\u0435\u0440\u0432\u0430\u043D\u043E \u0456\u0437 \u0432\u0438\u043A\u043E\u0440\u0438\u0441\u0442\u0430\u043D\u043D\u044F\u043C \u0441\u0438\u0433\u043D\u0430\u043B\u0443 n.", ANY},
	{"a single Latin letter after an operator stays Latin in an obfuscated Russian text (128+n: a variable, not the preposition \u043F)",
	 "\u0421\u0438\u0433\u043D\u0430\u043B 128+n \u043E\u0437\u043D\u0430\u0447\u0430e\u0442, \u0447\u0442\u043E \u043F\u0440\u043E\u0446e\u0441\u0441 \u0431\u044B\u043B \u043F\u0440e\u0440\u0432\u0430\u043D.",
	 "\u0421\u0438\u0433\u043D\u0430\u043B 128+n \u043E\u0437\u043D\u0430\u0447\u0430\u0435\u0442, \u0447\u0442\u043E \u043F\u0440\u043E\u0446\u0435\u0441\u0441 \u0431\u044B\u043B \u043F\u0440\u0435\u0440\u0432\u0430\u043D.", ANY},
	{"a sentence-initial capital joined to the next word by a hyphen stays Latin in an obfuscated Russian text (P-\u043A\u0430\u0434\u0440\u044B names a frame type)",
	 "\u041F\u043B\u043E\u0442\u043D\u043E\u0441\u0442\u044C \u0432\u0441\u0442\u0430\u0432\u043A\u0438 \u043A\u0430\u0434\u0440\u043E\u0432.\n\nP-\u043A\u0430\u0434\u0440\u044B \u0438 B-\u043A\u0430\u0434\u0440\u044B \u0432\u0441\u0442\u0430\u0432\u043B\u044F\u044E\u0442\u0441\u044F \u0447\u0430\u0449e \u043F\u0440\u0438 \u043F\u043E\u043B\u043E\u0436\u0438\u0442\u0435\u043B\u044C\u043D\u044B\u0445 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u044F\u0445.",
	 "\u041F\u043B\u043E\u0442\u043D\u043E\u0441\u0442\u044C \u0432\u0441\u0442\u0430\u0432\u043A\u0438 \u043A\u0430\u0434\u0440\u043E\u0432.\n\nP-\u043A\u0430\u0434\u0440\u044B \u0438 B-\u043A\u0430\u0434\u0440\u044B \u0432\u0441\u0442\u0430\u0432\u043B\u044F\u044E\u0442\u0441\u044F \u0447\u0430\u0449\u0435 \u043F\u0440\u0438 \u043F\u043E\u043B\u043E\u0436\u0438\u0442\u0435\u043B\u044C\u043D\u044B\u0445 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u044F\u0445.", ANY},
	{"in obfuscated Kazakh text (\u049B \u04A3 \u04B1), Latin Y is read by the Kazakh model as \u04AE (\u04AE\u043D\u0441\u0456\u0437), while loanwords keep \u0443 (\u043A\u0443\u0440\u0441\u043E\u0440, \u0441\u0443\u0440\u0435\u0442)",
	 "\u0411\u04B1\u043B \u043F\u0430\u0440\u0430\u043C\u0435\u0442\u0440\u0434\u0456\u04A3 \u043C\u04D9\u043D\u0456 \u049B\u0430\u0436\u0435\u0442 \u0431\u043E\u043B\u0441\u0430 \u04E9\u0437\u0433\u0435\u0440\u0442\u0456\u04A3\u0456\u0437. Y\u043D\u0441\u0456\u0437 \u043A\u0435\u043B\u0456\u0441\u0456\u043C \u0431\u043E\u0439\u044B\u043D\u0448\u0430 \u043C\u04D9\u043D \u0431o\u0441, \u043A\u0443\u0440\u0441o\u0440 \u0441\u0443\u0440e\u0442i \u0436o\u049B.",
	 "\u0411\u04B1\u043B \u043F\u0430\u0440\u0430\u043C\u0435\u0442\u0440\u0434\u0456\u04A3 \u043C\u04D9\u043D\u0456 \u049B\u0430\u0436\u0435\u0442 \u0431\u043E\u043B\u0441\u0430 \u04E9\u0437\u0433\u0435\u0440\u0442\u0456\u04A3\u0456\u0437. \u04AE\u043D\u0441\u0456\u0437 \u043A\u0435\u043B\u0456\u0441\u0456\u043C \u0431\u043E\u0439\u044B\u043D\u0448\u0430 \u043C\u04D9\u043D \u0431\u043E\u0441, \u043A\u0443\u0440\u0441\u043E\u0440 \u0441\u0443\u0440\u0435\u0442\u0456 \u0436\u043E\u049B.", ANY},
	{"in lightly obfuscated Greek text with genuine Latin words (EXPR, bash), a Latin capital H opening a sentence before a Greek word is the article \u0397",
	 "\u0397 \u03C4\u03B9\u03BC\u03AE \u03C4\u03BF\u03C5 EXPR \u03B4\u03B7\u03BB\u03CE\u03BD\u03B5\u03B9 \u03C0\u03CC\u03C3\u03B1 \u03B2\u03AE\u03BC\u03B1\u03C4\u03B1 \u03B8\u03B1 \u03B3\u03AF\u03BD\u03BF\u03C5\u03BD \u03B3\u03B9\u03B1 \u03BA\u03AC\u03B8\u03B5 \u03B5\u03BD\u03C4\u03BF\u03BB\u03AE \u03C0\u03BF\u03C5 \u03B5\u03BA\u03C4\u03B5\u03BB\u03B5\u03AF\u03C4\u03B1\u03B9 \u03C3\u03C4\u03BF \u03BA\u03AD\u03BB\u03C5\u03C6\u03BF\u03C2 bash. H \u03C3\u03C5\u03BC\u03C0\u03B5\u03C1\u03B9\u03C6\u03BF\u03C1\u03AC \u03C4\u03C9\u03BD \u03C4\u03B5\u03C3\u03C4 \u03B5\u03BE\u03B1\u03C1\u03C4\u03AC\u03C4\u03B1\u03B9 \u03B1\u03C0\u03CC \u03C4\u03BF\u03BD \u03B1\u03C1\u03B9\u03B8\u03BCo \u03C4\u03C9\u03BD \u03BF\u03C1\u03B9\u03C3\u03BC\u03AC\u03C4\u03C9\u03BD \u03C0\u03BF\u03C5 \u03B4\u03AF\u03BD\u03BF\u03BD\u03C4\u03B1\u03B9 \u03C3\u03C4\u03B7\u03BD \u03B5\u03BD\u03C4\u03BF\u03BB\u03AE, \u03BA\u03B1\u03B9 \u03B7 \u03C3\u03B5\u03B9\u03C1\u03AC \u03C4\u03BF\u03C5\u03C2 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03C3\u03B7\u03BC\u03B1\u03BD\u03C4\u03B9\u03BA\u03AE \u03B3\u03B9\u03B1 \u03C4\u03BF \u03C4\u03B5\u03BB\u03B9\u03BA\u03CC \u03B1\u03C0\u03BF\u03C4\u03AD\u03BB\u03B5\u03C3\u03BC\u03B1 \u03C4\u03B7\u03C2 \u03C3\u03CD\u03B3\u03BA\u03C1\u03B9\u03C3\u03B7\u03C2.",
	 "\u0397 \u03C4\u03B9\u03BC\u03AE \u03C4\u03BF\u03C5 EXPR \u03B4\u03B7\u03BB\u03CE\u03BD\u03B5\u03B9 \u03C0\u03CC\u03C3\u03B1 \u03B2\u03AE\u03BC\u03B1\u03C4\u03B1 \u03B8\u03B1 \u03B3\u03AF\u03BD\u03BF\u03C5\u03BD \u03B3\u03B9\u03B1 \u03BA\u03AC\u03B8\u03B5 \u03B5\u03BD\u03C4\u03BF\u03BB\u03AE \u03C0\u03BF\u03C5 \u03B5\u03BA\u03C4\u03B5\u03BB\u03B5\u03AF\u03C4\u03B1\u03B9 \u03C3\u03C4\u03BF \u03BA\u03AD\u03BB\u03C5\u03C6\u03BF\u03C2 bash. \u0397 \u03C3\u03C5\u03BC\u03C0\u03B5\u03C1\u03B9\u03C6\u03BF\u03C1\u03AC \u03C4\u03C9\u03BD \u03C4\u03B5\u03C3\u03C4 \u03B5\u03BE\u03B1\u03C1\u03C4\u03AC\u03C4\u03B1\u03B9 \u03B1\u03C0\u03CC \u03C4\u03BF\u03BD \u03B1\u03C1\u03B9\u03B8\u03BC\u03BF \u03C4\u03C9\u03BD \u03BF\u03C1\u03B9\u03C3\u03BC\u03AC\u03C4\u03C9\u03BD \u03C0\u03BF\u03C5 \u03B4\u03AF\u03BD\u03BF\u03BD\u03C4\u03B1\u03B9 \u03C3\u03C4\u03B7\u03BD \u03B5\u03BD\u03C4\u03BF\u03BB\u03AE, \u03BA\u03B1\u03B9 \u03B7 \u03C3\u03B5\u03B9\u03C1\u03AC \u03C4\u03BF\u03C5\u03C2 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03C3\u03B7\u03BC\u03B1\u03BD\u03C4\u03B9\u03BA\u03AE \u03B3\u03B9\u03B1 \u03C4\u03BF \u03C4\u03B5\u03BB\u03B9\u03BA\u03CC \u03B1\u03C0\u03BF\u03C4\u03AD\u03BB\u03B5\u03C3\u03BC\u03B1 \u03C4\u03B7\u03C2 \u03C3\u03CD\u03B3\u03BA\u03C1\u03B9\u03C3\u03B7\u03C2.", ANY},
	{"a unit of Cyrillic lookalikes glued to a number in an obfuscated English text is restored (32\u0440\u0445 -> 32px)",
	 "The default size is \"32\u0440\u0445\". Leave it at the s\u043Eurce value if you have no idea what to \u0441h\u043E\u043Ese here, because the \u0440rogram ad\u0430pts it to the s\u0441reen.",
	 "The default size is \"32px\". Leave it at the source value if you have no idea what to choose here, because the program adapts it to the screen.", ANY},
	{"Greek articles written whole in Latin capitals at the start of sentences are restored (H, O, To)",
	 "\u0397 \u03BB\u03AF\u03C3\u03C4\u03B1 \u03C4\u03C9\u03BD \u03C0\u03B1\u03BA\u03AD\u03C4\u03C9\u03BD \u03B5\u03AF\u03BD\u03B1\u03B9 \u03AD\u03C4\u03BF\u03B9\u03BC\u03B7. \u03A4o \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1 \u03B4\u03B5\u03BD \u03B2\u03C1\u03AE\u03BA\u03B5 \u03C4o \u03B1\u03C1\u03C7\u03B5\u03AF\u03BF. H \u03B5\u03C0\u03B9\u03BB\u03BF\u03B3\u03AE \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B4\u03B9\u03B1\u03B8\u03AD\u03C3\u03B9\u03BC\u03B7. O \u03B4\u03B5\u03AF\u03BA\u03C4\u03B7\u03C2 \u03BA\u03B9\u03BD\u03B5\u03AF\u03C4\u03B1\u03B9.",
	 "\u0397 \u03BB\u03AF\u03C3\u03C4\u03B1 \u03C4\u03C9\u03BD \u03C0\u03B1\u03BA\u03AD\u03C4\u03C9\u03BD \u03B5\u03AF\u03BD\u03B1\u03B9 \u03AD\u03C4\u03BF\u03B9\u03BC\u03B7. \u03A4\u03BF \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1 \u03B4\u03B5\u03BD \u03B2\u03C1\u03AE\u03BA\u03B5 \u03C4\u03BF \u03B1\u03C1\u03C7\u03B5\u03AF\u03BF. \u0397 \u03B5\u03C0\u03B9\u03BB\u03BF\u03B3\u03AE \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B4\u03B9\u03B1\u03B8\u03AD\u03C3\u03B9\u03BC\u03B7. \u039F \u03B4\u03B5\u03AF\u03BA\u03C4\u03B7\u03C2 \u03BA\u03B9\u03BD\u03B5\u03AF\u03C4\u03B1\u03B9.", ANY},

	{"dotless i in an obfuscated Serbian paragraph (letters no Turkic alphabet has) is i",
	 "Kl\u0131k za ure\u0111ivanje, mo\u017Ee da rad\u0131 samo na slojevima, \u0251ko je izabrano.",
	 "Klik za ure\u0111ivanje, mo\u017Ee da radi samo na slojevima, ako je izabrano.", ANY},
	{"a one-letter caseless l-lookalike word inside a sentence is l, also before the evidence of later words",
	 "Une fonction de \u01C0'interpr\u00E9teur est un objet p\u0251r d\u00E9faut de \u01C0'installateur.",
	 "Une fonction de l'interpr\u00E9teur est un objet par d\u00E9faut de l'installateur.", ANY},
	{"o with ogonek among small capitals stands for q (no small capital Q exists)",
	 "N'oubliez pas \u01EB\u1D1C'il vous faut \u1D04\u029C\u1D00\u01EB\u1D1C\u1D07 partition, \u1D00\u1D18\u1D18\u029F\u026A\u01EB\u1D1C\u1D07\u0280 les changements.",
	 "N'oubliez pas qu'il vous faut chaque partition, appliquer les changements.", ANY},
	{"... and is a letter of Navajo anywhere else (Nahodits\u02BC\u01EB\u02BC\u0142\u00E1n\u00ED, Nood\u01EB\u0301z\u00ED)",
	 "Nahodits\u02BC\u01EB\u02BC\u0142\u00E1n\u00ED Dine\u02BC\u00E9 Bik\u00E9yah\n\nM\u00E1\u00E1g\u00ED Bitsee\u02BC Nood\u01EB\u0301z\u00ED Bik\u00E9yah\n",
	 SAME, CLEAN},

	{"Persian with an Arabic-script suffix glued to a Latin name stays (botmap\u0647\u0627), though ه and ا look like o and l",
	 "\u0631\u0645 \u0648 \u0642\u0627\u0628\u0644 \u06A9\u0646\u062A\u0631\u0644 \u0628\u0647 botmap\u0647\u0627 \u0648 \u0633\u0627\u06CC\u0631 \u0645\u0648\u0627\u062F \u0628\u0631\u0627\u06CC \u06A9\u0627\u0631.",
	 SAME, ANY},
	{"a Latin word of lookalikes in obfuscated Russian text is not read into letters Russian does not write (sh is no \u0455\u04BB, i no \u0456)",
	 "\u0421\u0442\u0430\u043D\u0434\u0430\u0440\u0442\u043D\u043E\u0435 \u0438\u043C\u044F \u2014 sh. \u0421\u043C\u043E\u0442\u0440\u0438\u0442\u0435 \u0442\u0430\u043A\u0436\u0435 ash(1), bash(1) \u0438 \u043F\u0440o\u0447\u0438\u0435, \u0430 \u0442\u0430\u043A\u0436\u0435 i-\u0443\u0437\u0435\u043B.",
	 "\u0421\u0442\u0430\u043D\u0434\u0430\u0440\u0442\u043D\u043E\u0435 \u0438\u043C\u044F \u2014 sh. \u0421\u043C\u043E\u0442\u0440\u0438\u0442\u0435 \u0442\u0430\u043A\u0436\u0435 ash(1), bash(1) \u0438 \u043F\u0440\u043E\u0447\u0438\u0435, \u0430 \u0442\u0430\u043A\u0436\u0435 i-\u0443\u0437\u0435\u043B.", ANY},
	{"a word of lookalikes is read into \u0458 where the obfuscator was seen writing j for it (Serbian)",
	 "\u041E\u0432\u043E \u0458\u0435 j\u0435\u0434\u0430\u043D \u043F\u0440\u0438\u043C\u0435\u0440, \u0430 ja \u0441\u0430\u043C \u0442\u0443.",
	 "\u041E\u0432\u043E \u0458\u0435 \u0458\u0435\u0434\u0430\u043D \u043F\u0440\u0438\u043C\u0435\u0440, \u0430 \u0458\u0430 \u0441\u0430\u043C \u0442\u0443.", ANY},
	{"a Serbian word of lookalikes is read into \u0458 in a paragraph that writes \u0452 \u045B \u045F \u0459 \u045A, which only Serbian and Macedonian (the alphabets with \u0458) write",
	 "\u041F\u0414\u0424 je \u0437a\u0448\u0442\u0438\u045Be\u043D \u043B\u043E\u0437\u0438\u043Dko\u043C, y\u043D\u0435c\u0438me \u043Bo\u0437\u0438\u043Dky.",
	 "\u041F\u0414\u0424 \u0458\u0435 \u0437\u0430\u0448\u0442\u0438\u045B\u0435\u043D \u043B\u043E\u0437\u0438\u043D\u043A\u043E\u043C, \u0443\u043D\u0435\u0441\u0438\u0442\u0435 \u043B\u043E\u0437\u0438\u043D\u043A\u0443.", ANY},
	{"the Serbian letters of a paragraph are carried to the next one for its \u0458 written j",
	 "\u041Fo\u043A\u0440\u0435\u045Be \u043F\u0440o\u0433\u0440\u0430\u043C.\n\n\u041E\u0432o je \u0442a\u0447\u043Do.",
	 "\u041F\u043E\u043A\u0440\u0435\u045B\u0435 \u043F\u0440\u043E\u0433\u0440\u0430\u043C.\n\n\u041E\u0432\u043E \u0458\u0435 \u0442\u0430\u0447\u043D\u043E.", ANY},
	{"the national letters of an obfuscated paragraph are carried to the next one: \u0457 written \u00EF there (Ukrainian \u0457\u0445)",
	 "Файли збeрeжено у теці, де є всі копії.\n\nВилучіть ïx з диска.",
	 "Файли збережено у теці, де є всі копії.\n\nВилучіть їх з диска.", ANY},
	{"a German paragraph written wholly in Cyrillic lookalikes after two Russian ones is restored whole: its own anchors (u f F), all Latin, outweigh those carried (\u043A\u043E\u043F\u0442\u0430\u043A\u0442\u0456\u0435\u0433\u0435\u043F: kontaktieren)",
	 "Вчера вечером в городе прошёл сильный дождь, и жители остались дома. Улицы опустели, магазины закрылись раньше обычного, а дворники убирали ветки.\n\nЗавтра обещают ясную погоду без осадков, ветер слабый, днём до двадцати градусов.\n\nВеі Fгаgеп коптактіегеп Ѕіе ьітте uпѕегеп Кuпԁепԁіепѕт. Ԝеітеге Іпfогматіопеп uпԁ Коптакте fіпԁеп Ѕіе аuf uпѕегег Іптегпетѕеіте.",
	 "Вчера вечером в городе прошёл сильный дождь, и жители остались дома. Улицы опустели, магазины закрылись раньше обычного, а дворники убирали ветки.\n\nЗавтра обещают ясную погоду без осадков, ветер слабый, днём до двадцати градусов.\n\nBei Fragen kontaktieren Sie bitte unseren Kundendienst. Weitere Informationen und Kontakte finden Sie auf unserer Internetseite.", ANY},
	{"a Turkish paragraph after one of French obfuscated with Cyrillic letters keeps its \u0131: its own words read as Turkish, whatever French letters were carried (sorulmas\u0131)",
	 "V\u043Eus p\u043Euv\u0435z d\u00E9sactiv\u0435r \u0441\u0435tt\u0435 \u043Epti\u043En dans l\u0435s pr\u00E9f\u00E9r\u0435n\u0441\u0435s du pr\u043Egramm\u0435.\n\nRandevu ya da g\u00F6rev silinirken onay i\u00E7in sorulmas\u0131",
	 "Vous pouvez d\u00E9sactiver cette option dans les pr\u00E9f\u00E9rences du programme.\n\nRandevu ya da g\u00F6rev silinirken onay i\u00E7in sorulmas\u0131", ANY},
	{"after a Persian paragraph, an English one obfuscated with Greek, Cyrillic and fancy letters is restored into Latin: a script carried that nothing is restored into does not dominate (\u03C4\u04BB\U0001D4EA\u03C4: that, not Cyrillic \u0442\u04BB\u0430\u0442)",
	 "\u0627\u06AF\u0631 DVD \u0631\u0627 \u062F\u0631 \u0631\u0627\u06CC\u0627\u0646\u0647 \u062E\u0648\u062F \u0648\u0627\u0631\u062F \u0645\u06CC\u200C\u06A9\u0646\u06CC\u062F \u0648 \u067E\u062E\u0634 \u0646\u0645\u06CC\u200C\u0634\u0648\u062F\u060C \u0645\u0645\u06A9\u0646 \u0627\u0633\u062A \u06A9\u062F\u06A9\u200C\u0647\u0627\u06CC DVD \u062F\u0631\u0633\u062A\u06CC \u0631\u0627 \u0646\u0635\u0628 \u0646\u06A9\u0631\u062F\u06CC\u062F.\n\nDelete \U0001D4EF\u03B9\U0001D4F5\U0001D4EE\U0001D4FC \U0001D4FD\U0001D4F1\u0430\U0001D4FD \u0430\U0001D4FB\u0435\u03B7\u2019\U0001D4FD \U0001D4F2\U0001D4F6\u03C1\u043E\U0001D4FB\u03C4\u03B1\u03B7\U0001D4FD \u03BF\U0001D4FB \u03C4\u04BB\U0001D4EA\u03C4 \u03B3\u043E\u03C5 \U0001D500\u043E\u03B7\u2019\U0001D4FD \U0001D4FE\u0455\U0001D4EE \U0001D4EA\U0001D4F7\u0443\U0001D4F6\U0001D4F8\U0001D4FB\u0435.",
	 "\u0627\u06AF\u0631 DVD \u0631\u0627 \u062F\u0631 \u0631\u0627\u06CC\u0627\u0646\u0647 \u062E\u0648\u062F \u0648\u0627\u0631\u062F \u0645\u06CC\u200C\u06A9\u0646\u06CC\u062F \u0648 \u067E\u062E\u0634 \u0646\u0645\u06CC\u200C\u0634\u0648\u062F\u060C \u0645\u0645\u06A9\u0646 \u0627\u0633\u062A \u06A9\u062F\u06A9\u200C\u0647\u0627\u06CC DVD \u062F\u0631\u0633\u062A\u06CC \u0631\u0627 \u0646\u0635\u0628 \u0646\u06A9\u0631\u062F\u06CC\u062F.\n\nDelete files that aren\u2019t important or that you won\u2019t use anymore.", ANY},
	{"a Greek paragraph naming sRGB after an obfuscated Serbian one keeps its article \u03BF Greek: its own Greek anchors outweigh the Cyrillic ones carried",
	 "\u0413\u0438\u043C\u043F \u0441\u0435 \u0434\u0435\u043B\u0438 \u0443 \u043D\u0430\u0434\u0438 \u0434\u0430 \u045B\u0435 \u0431\u0438\u0442\u0438 \u043A\u043E\u0440\u0438\u0441\u0442\u0430\u043D, \u0430\u043B\u0438 \u0411E\u0417 \u0418\u041A\u0410K\u0412\u0415 \u0413\u0410\u0420\u0410\u041D\u0426\u0418\u0408\u0415; \u0447\u0430\u043A \u0438 \u0431\u0435\u0437 \u043F\u0440\u0438\u043C\u0435\u045A\u0435\u043D\u0435 \u0433\u0430p\u0430\u043D\u0446\u0438\u0458\u0435 \u0422\u0420\u0416\u0418\u0428\u041D\u0415 \u0412\u0420\u0415\u0414\u041D\u041E\u0421\u0422\u0418 \u0438\u043B\u0438 \u041F\u041E\u0413\u041E\u0414\u041D\u041E\u0421\u0422\u0418 \u0417\u0410 \u041F\u041E\u0421\u0415\u0411\u041D\u0415 \u041D\u0410\u041C\u0415\u041D\u0415.\n\n\u039D\u03B1 \u03B8\u03B5\u03C9\u03C1\u03B5\u03AF\u03C4\u03B1\u03B9 \u03CC\u03C4\u03B9 \u03C4\u03B1 \u03B5\u03B9\u03BA\u03BF\u03BD\u03BF\u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B5\u03BD\u03C3\u03C9\u03BC\u03B1\u03C4\u03C9\u03BC\u03AD\u03BD\u03B1 sRGB (\u03BD\u03B1 \u03B1\u03B3\u03BD\u03BF\u03B5\u03AF\u03C4\u03B1\u03B9 \u03BF \u03C7\u03C1\u03C9\u03BC\u03B1\u03C4\u03B9\u03BA\u03CC\u03C2 \u03C7\u03CE\u03C1\u03BF\u03C2 \u03C4\u03B7\u03C2 \u03C4\u03C1\u03AD\u03C7\u03BF\u03C5\u03C3\u03B1\u03C2 \u03B5\u03B9\u03BA\u03CC\u03BD\u03B1\u03C2)",
	 "\u0413\u0438\u043C\u043F \u0441\u0435 \u0434\u0435\u043B\u0438 \u0443 \u043D\u0430\u0434\u0438 \u0434\u0430 \u045B\u0435 \u0431\u0438\u0442\u0438 \u043A\u043E\u0440\u0438\u0441\u0442\u0430\u043D, \u0430\u043B\u0438 \u0411\u0415\u0417 \u0418\u041A\u0410\u041A\u0412\u0415 \u0413\u0410\u0420\u0410\u041D\u0426\u0418\u0408\u0415; \u0447\u0430\u043A \u0438 \u0431\u0435\u0437 \u043F\u0440\u0438\u043C\u0435\u045A\u0435\u043D\u0435 \u0433\u0430\u0440\u0430\u043D\u0446\u0438\u0458\u0435 \u0422\u0420\u0416\u0418\u0428\u041D\u0415 \u0412\u0420\u0415\u0414\u041D\u041E\u0421\u0422\u0418 \u0438\u043B\u0438 \u041F\u041E\u0413\u041E\u0414\u041D\u041E\u0421\u0422\u0418 \u0417\u0410 \u041F\u041E\u0421\u0415\u0411\u041D\u0415 \u041D\u0410\u041C\u0415\u041D\u0415.\n\n\u039D\u03B1 \u03B8\u03B5\u03C9\u03C1\u03B5\u03AF\u03C4\u03B1\u03B9 \u03CC\u03C4\u03B9 \u03C4\u03B1 \u03B5\u03B9\u03BA\u03BF\u03BD\u03BF\u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B5\u03BD\u03C3\u03C9\u03BC\u03B1\u03C4\u03C9\u03BC\u03AD\u03BD\u03B1 sRGB (\u03BD\u03B1 \u03B1\u03B3\u03BD\u03BF\u03B5\u03AF\u03C4\u03B1\u03B9 \u03BF \u03C7\u03C1\u03C9\u03BC\u03B1\u03C4\u03B9\u03BA\u03CC\u03C2 \u03C7\u03CE\u03C1\u03BF\u03C2 \u03C4\u03B7\u03C2 \u03C4\u03C1\u03AD\u03C7\u03BF\u03C5\u03C3\u03B1\u03C2 \u03B5\u03B9\u03BA\u03CC\u03BD\u03B1\u03C2)", ANY},
	{"a French paragraph obfuscated with Cyrillic letters after a Bulgarian one and two Serbian Latin ones: \u041E\u043F before \"ou Off\" is restored, Cyrillic anchors carried from paragraphs before do not make it genuine",
	 "\u041F\u0440\u0438 \u0432\u0441\u044F\u043A\u043E \u0438\u0437\u0432\u0438\u043A\u0432\u0430\u043D\u0435 \u043F\u0440\u043E\u0433\u0440\u0430\u043C\u0430\u0442\u0430 \u0447\u0435\u0442\u0435 \u0441\u043B\u0435\u0434\u0432\u0430\u0449\u0430\u0442\u0430 \u043E\u043F\u0446\u0438\u044F \u043E\u0442 \u043A\u043E\u043C\u0430\u043D\u0434\u043D\u0438\u044F \u0440\u0435\u0434 \u0438 \u044F \u0437\u0430\u043F\u0438\u0441\u0432\u0430 \u0432 \u043F\u0440\u043E\u043C\u0435\u043D\u043B\u0438\u0432\u0430\u0442\u0430, \u043A\u0430\u0442\u043E \u044F \u0441\u044A\u0437\u0434\u0430\u0432\u0430, \u0430\u043A\u043E \u0442\u044F \u043D\u0435 \u0441\u044A\u0449\u0435\u0441\u0442\u0432\u0443\u0432\u0430. \u041A\u043E\u0433\u0430\u0442\u043E \u043E\u043F\u0446\u0438\u044F\u0442\u0430 \u0438\u0437\u0438\u0441\u043A\u0432\u0430 \u0430\u0440\u0433\u0443\u043C\u0435\u043D\u0442, \u0442\u043E\u0439 \u0441\u0435 \u0437\u0430\u043F\u0438\u0441\u0432\u0430 \u0432 \u0434\u0440\u0443\u0433\u0430 \u043F\u0440\u043E\u043C\u0435\u043D\u043B\u0438\u0432\u0430, \u0430 \u0433\u0440\u0435\u0448\u043A\u0438\u0442\u0435 \u0441\u0435 \u0441\u044A\u043E\u0431\u0449\u0430\u0432\u0430\u0442 \u043D\u0430 \u0441\u0442\u0430\u043D\u0434\u0430\u0440\u0442\u043D\u0438\u044F \u0438\u0437\u0445\u043E\u0434 \u0437\u0430 \u0433\u0440\u0435\u0448\u043A\u0438.\n\nVa\u0161i obele\u017Eiva\u010Di su navedeni u bo\u010Dnoj povr\u0161i upravnika datoteka.\n\nPreimenovanje obele\u017Eiva\u010Da ne\u0107e promeniti naziv fascikle na disku.\n\n\u0405auf indic\u0430ti\u043E\u043F contraire, les var\u0456able\u0455 prennen\u0442 \u04CFes valeu\u0433s \u041E\u043F ou Off (l\u0430 casse \u00E9\u0442ant sans imp\u043E\u0433tan\u0441e).",
	 "\u041F\u0440\u0438 \u0432\u0441\u044F\u043A\u043E \u0438\u0437\u0432\u0438\u043A\u0432\u0430\u043D\u0435 \u043F\u0440\u043E\u0433\u0440\u0430\u043C\u0430\u0442\u0430 \u0447\u0435\u0442\u0435 \u0441\u043B\u0435\u0434\u0432\u0430\u0449\u0430\u0442\u0430 \u043E\u043F\u0446\u0438\u044F \u043E\u0442 \u043A\u043E\u043C\u0430\u043D\u0434\u043D\u0438\u044F \u0440\u0435\u0434 \u0438 \u044F \u0437\u0430\u043F\u0438\u0441\u0432\u0430 \u0432 \u043F\u0440\u043E\u043C\u0435\u043D\u043B\u0438\u0432\u0430\u0442\u0430, \u043A\u0430\u0442\u043E \u044F \u0441\u044A\u0437\u0434\u0430\u0432\u0430, \u0430\u043A\u043E \u0442\u044F \u043D\u0435 \u0441\u044A\u0449\u0435\u0441\u0442\u0432\u0443\u0432\u0430. \u041A\u043E\u0433\u0430\u0442\u043E \u043E\u043F\u0446\u0438\u044F\u0442\u0430 \u0438\u0437\u0438\u0441\u043A\u0432\u0430 \u0430\u0440\u0433\u0443\u043C\u0435\u043D\u0442, \u0442\u043E\u0439 \u0441\u0435 \u0437\u0430\u043F\u0438\u0441\u0432\u0430 \u0432 \u0434\u0440\u0443\u0433\u0430 \u043F\u0440\u043E\u043C\u0435\u043D\u043B\u0438\u0432\u0430, \u0430 \u0433\u0440\u0435\u0448\u043A\u0438\u0442\u0435 \u0441\u0435 \u0441\u044A\u043E\u0431\u0449\u0430\u0432\u0430\u0442 \u043D\u0430 \u0441\u0442\u0430\u043D\u0434\u0430\u0440\u0442\u043D\u0438\u044F \u0438\u0437\u0445\u043E\u0434 \u0437\u0430 \u0433\u0440\u0435\u0448\u043A\u0438.\n\nVa\u0161i obele\u017Eiva\u010Di su navedeni u bo\u010Dnoj povr\u0161i upravnika datoteka.\n\nPreimenovanje obele\u017Eiva\u010Da ne\u0107e promeniti naziv fascikle na disku.\n\nSauf indication contraire, les variables prennent les valeurs On ou Off (la casse \u00E9tant sans importance).", ANY},
	{"a Serbian Latin line obfuscated with Greek letters after a Russian paragraph: elemen\u03C4a is restored into Latin, not into Cyrillic \u0435\u04CF\u0435\u0442\u0435\u043F\u0442\u0430",
	 "\u0412\u0447\u0435\u0440\u0430 \u0432\u0435\u0447\u0435\u0440\u043E\u043C \u0432 \u0433\u043E\u0440\u043E\u0434\u0435 \u043F\u0440\u043E\u0448\u0451\u043B \u0441\u0438\u043B\u044C\u043D\u044B\u0439 \u0434\u043E\u0436\u0434\u044C, \u0438 \u0436\u0438\u0442\u0435\u043B\u0438 \u043E\u0441\u0442\u0430\u043B\u0438\u0441\u044C \u0434\u043E\u043C\u0430. \u0423\u043B\u0438\u0446\u044B \u043E\u043F\u0443\u0441\u0442\u0435\u043B\u0438, \u043C\u0430\u0433\u0430\u0437\u0438\u043D\u044B \u0437\u0430\u043A\u0440\u044B\u043B\u0438\u0441\u044C \u0440\u0430\u043D\u044C\u0448\u0435 \u043E\u0431\u044B\u0447\u043D\u043E\u0433\u043E.\n\nEleme\u03B7\u03C4 se ne mo\u017Ee p\u03BFjavit\u03B9 pre elemen\u03C4a",
	 "\u0412\u0447\u0435\u0440\u0430 \u0432\u0435\u0447\u0435\u0440\u043E\u043C \u0432 \u0433\u043E\u0440\u043E\u0434\u0435 \u043F\u0440\u043E\u0448\u0451\u043B \u0441\u0438\u043B\u044C\u043D\u044B\u0439 \u0434\u043E\u0436\u0434\u044C, \u0438 \u0436\u0438\u0442\u0435\u043B\u0438 \u043E\u0441\u0442\u0430\u043B\u0438\u0441\u044C \u0434\u043E\u043C\u0430. \u0423\u043B\u0438\u0446\u044B \u043E\u043F\u0443\u0441\u0442\u0435\u043B\u0438, \u043C\u0430\u0433\u0430\u0437\u0438\u043D\u044B \u0437\u0430\u043A\u0440\u044B\u043B\u0438\u0441\u044C \u0440\u0430\u043D\u044C\u0448\u0435 \u043E\u0431\u044B\u0447\u043D\u043E\u0433\u043E.\n\nElement se ne mo\u017Ee pojaviti pre elementa", ANY},
	{"a short Turkish line obfuscated with Cyrillic and Greek letters after a Russian paragraph is restored into Latin: its own anchors, two Latin letters and none of another script, outweigh the Cyrillic ones carried (\u04AE\u0430\u04CF\u03B7\u0131z\u0441\u0430: Yaln\u0131zca)",
	 "\u0412\u0447\u0435\u0440\u0430 \u0432\u0435\u0447\u0435\u0440\u043E\u043C \u0432 \u0433\u043E\u0440\u043E\u0434\u0435 \u043F\u0440\u043E\u0448\u0451\u043B \u0441\u0438\u043B\u044C\u043D\u044B\u0439 \u0434\u043E\u0436\u0434\u044C, \u0438 \u0436\u0438\u0442\u0435\u043B\u0438 \u043E\u0441\u0442\u0430\u043B\u0438\u0441\u044C \u0434\u043E\u043C\u0430. \u0423\u043B\u0438\u0446\u044B \u043E\u043F\u0443\u0441\u0442\u0435\u043B\u0438, \u043C\u0430\u0433\u0430\u0437\u0438\u043D\u044B \u0437\u0430\u043A\u0440\u044B\u043B\u0438\u0441\u044C \u0440\u0430\u043D\u044C\u0448\u0435 \u043E\u0431\u044B\u0447\u043D\u043E\u0433\u043E, \u0430 \u0434\u0432\u043E\u0440\u043D\u0438\u043A\u0438 \u0443\u0431\u0438\u0440\u0430\u043B\u0438 \u0432\u0435\u0442\u043A\u0438.\n\n\u04AE\u0430\u04CF\u03B7\u0131z\u0441\u0430 y\u0435\u03B7\u0456 \u0131\u04CF\u0435t\u0456\u04CF\u0435r\u0456 b\u0456\u04CF\u0501\u0456r.",
	 "\u0412\u0447\u0435\u0440\u0430 \u0432\u0435\u0447\u0435\u0440\u043E\u043C \u0432 \u0433\u043E\u0440\u043E\u0434\u0435 \u043F\u0440\u043E\u0448\u0451\u043B \u0441\u0438\u043B\u044C\u043D\u044B\u0439 \u0434\u043E\u0436\u0434\u044C, \u0438 \u0436\u0438\u0442\u0435\u043B\u0438 \u043E\u0441\u0442\u0430\u043B\u0438\u0441\u044C \u0434\u043E\u043C\u0430. \u0423\u043B\u0438\u0446\u044B \u043E\u043F\u0443\u0441\u0442\u0435\u043B\u0438, \u043C\u0430\u0433\u0430\u0437\u0438\u043D\u044B \u0437\u0430\u043A\u0440\u044B\u043B\u0438\u0441\u044C \u0440\u0430\u043D\u044C\u0448\u0435 \u043E\u0431\u044B\u0447\u043D\u043E\u0433\u043E, \u0430 \u0434\u0432\u043E\u0440\u043D\u0438\u043A\u0438 \u0443\u0431\u0438\u0440\u0430\u043B\u0438 \u0432\u0435\u0442\u043A\u0438.\n\nYaln\u0131zca yeni iletileri bildir.", ANY},
	{"a Serbian Latin line obfuscated with Greek letters after a line of Belarusian in the same paragraph (one line feed between) is judged against its own script: \u03C1romeniti is restored into Latin, not into Cyrillic \u0440\u0433\u043E\u0442\u0435\u043F\u0456\u0442\u0456, and i stays Latin",
	 "\u0421\u0451\u043D\u043D\u044F \u045E\u0432\u0435\u0447\u0430\u0440\u044B \u045E \u0433\u043E\u0440\u0430\u0434\u0437\u0435 \u0456\u0448\u043E\u045E \u043C\u043E\u0446\u043D\u044B \u0434\u043E\u0436\u0434\u0436, \u0456 \u0436\u044B\u0445\u0430\u0440\u044B \u0437\u0430\u0441\u0442\u0430\u043B\u0456\u0441\u044F \u0434\u043E\u043C\u0430 \u0434\u0430 \u0441\u0430\u043C\u0430\u0439 \u043D\u043E\u0447\u044B.\n\u03A1ove\u0107ajte ili sma\u03B7jite vrednost i time \u0107ete \u03C1romeniti veli\u010Dinu \u03C1anela.",
	 "\u0421\u0451\u043D\u043D\u044F \u045E\u0432\u0435\u0447\u0430\u0440\u044B \u045E \u0433\u043E\u0440\u0430\u0434\u0437\u0435 \u0456\u0448\u043E\u045E \u043C\u043E\u0446\u043D\u044B \u0434\u043E\u0436\u0434\u0436, \u0456 \u0436\u044B\u0445\u0430\u0440\u044B \u0437\u0430\u0441\u0442\u0430\u043B\u0456\u0441\u044F \u0434\u043E\u043C\u0430 \u0434\u0430 \u0441\u0430\u043C\u0430\u0439 \u043D\u043E\u0447\u044B.\nPove\u0107ajte ili smanjite vrednost i time \u0107ete promeniti veli\u010Dinu panela.", ANY},
	{"a Cyrillic paragraph of 30 letters without \u0439 \u0449 \u044A \u044B \u044C \u044D \u044E \u044F is Serbian or Macedonian, whose \u0458 its j stands for",
	 "Кликнете па повлечете да ja преместите патеката во другиот прозорeц.",
	 "Кликнете па повлечете да ја преместите патеката во другиот прозорец.", ANY},
	{"\u044B or \u044D tell the \u0451 of Russian and Belarusian, which an obfuscator writes as \u00EB (e\u00EB is \u0435\u0451)",
	 "Тот файл был сoхранён в папке.\n\nВoзьмите eë с собой.",
	 "Тот файл был сохранён в папке.\n\nВозьмите её с собой.", ANY},
	{"a letter alone joined by a slash to a Cyrillic word is an abbreviation of the text's (\u0431\u0438\u0442/\u0441, \u0421/\u041C\u0418\u041C\u0415); against a Latin word it stays (S/MIME)",
	 "Скорость 1200 бит/c, пpоверьте.\n\nШифрује поруку помоћу C/МИМЕ увeрења.\n\nI/O error: пpовeрьте S/MIME.",
	 "Скорость 1200 бит/с, проверьте.\n\nШифрује поруку помоћу С/МИМЕ уверења.\n\nI/O error: проверьте S/MIME.", ANY},
	{"a word between underscores and Cyrillic words is a piece of a Cyrillic placeholder (\u0418\u041C\u0415_\u041D\u0410_\u0424\u0423\u041D\u041A\u0426\u0418\u042F); next to a Latin one it stays (x86_64, FOO_BAR)",
	 "Напишете „help ИМЕ_HA_ФУНКЦИЯ“ за пoвече инфoрмация. Низът_C_ОПЦИИ и x86_64 и FOO_BAR_ЗАДАЧА.",
	 "Напишете „help ИМЕ_НА_ФУНКЦИЯ“ за повече информация. Низът_С_ОПЦИИ и x86_64 и FOO_BAR_ЗАДАЧА.", ANY},
	{"in Russian text written wholly in Latin lookalikes, an English word whose Cyrillic reading is no word stays Latin (root, not \u0433\u043E\u043E\u0442: the twin-word filter)",
	 "Ecли ктo-тo гoвopит вaм, чтo eмy нyжeн вaш пapoль root, бyдьтe oчeнь ocтopoжны. Oбычнo нeт нeoбxoдимocти дaвaть cвoй пapoль кoмy-либo.",
	 "Если кто-то говорит вам, что ему нужен ваш пароль root, будьте очень осторожны. Обычно нет необходимости давать свой пароль кому-либо.", ANY},
	{"... and a Latin word whose Cyrillic reading is a word and which is no English word is restored, genuine Latin words around (kak, \u043A\u0430\u043A)",
	 "Интеpфeйс /dev/random cчитаеmcя ycmapевшим, вo всеx cлyчaяx npедnoчmиmельнo использовamь /dev/urandom; в mаkиx пpиложенияx нужнo иcполbзoвaтb getrandom(2), тak kak этom вызoв выполняeт блokиpoвkу.",
	 "Интерфейс /dev/random считается устаревшим, во всех случаях предпочтительно использовать /dev/urandom; в таких приложениях нужно использовать getrandom(2), так как этот вызов выполняет блокировку.", ANY},
	{"a capitalised Latin word of two letters inside a sentence of Ukrainian text written in Latin lookalikes is a name or a value (On), not \u041E\u043F",
	 "Яkщo вcmaнoвлeнo знaчeння On, readline нaмaramимembcя nokaзamи вci мoжливi вapiaнmи oдpaзy.",
	 "Якщо встановлено значення On, readline намагатиметься показати всі можливі варіанти одразу.", ANY},
	{"a small Latin letter alone before a dash in obfuscated Russian text is a key being described (a — ..., not \u0430), and r is no \u0433 without the dot of an abbreviation; so is the key e of the same paragraph (letter_labels_in())",
	 "Вoзмoжныe кoды: a — автоматизированная установка, r — режим восстановления, нажмите e.",
	 "Возможные коды: a — автоматизированная установка, r — режим восстановления, нажмите e.", ANY},
	{"Latin t alone in obfuscated Bulgarian text stays: \u0442, like \u0433 and \u043C, is a one-letter word only as an abbreviation, before a dot (1998 r. is \u0433.)",
	 "Рeзeрвныe кoпии: numbered, t номерирани резервни копия, в 1998 r. бяхa cъздaдeни.",
	 "Резервные копии: numbered, t номерирани резервни копия, в 1998 г. бяха създадени.", ANY},
	{"a small Latin letter alone between two Russian words, in a paragraph that shows no substitution after paragraphs that did, is the preposition (c: \u0441)",
	 "Цвeт, испoльзуeмый для пaпoк.\n\nЦвет ссылок.\n\nЦвет текста.\n\nЦвет фона.\n\nЦвет рамки.\n\nЦвет выделения.\n\nЦвет, используемый для файлов c установленным атрибутом выполнения.",
	 "Цвет, используемый для папок.\n\nЦвет ссылок.\n\nЦвет текста.\n\nЦвет фона.\n\nЦвет рамки.\n\nЦвет выделения.\n\nЦвет, используемый для файлов с установленным атрибутом выполнения.", ANY},
	{"Latin e alone in obfuscated Russian text (it writes \u044B) is a key, not \u0435, which only Bulgarian, Serbian and Macedonian have for a word; before a dot it is the abbreviation's (\u0442. \u0435.)",
	 "Нaжмитe Tab (зaгрузкa BIOS) или e, а затем выберите пункт, т. e. нужный вариант.",
	 "Нажмите Tab (загрузка BIOS) или e, а затем выберите пункт, т. е. нужный вариант.", ANY},
	{"Latin a alone before a full stop in obfuscated Russian text is a key, not the conjunction \u0430, which never ends a sentence",
	 "Зaгрузитe систему из зaгрузочного меню, нажав a. Затем выберите пункт.",
	 "Загрузите систему из загрузочного меню, нажав a. Затем выберите пункт.", ANY},
	{"a Latin x joined by a hyphen to a number in obfuscated Russian text is the numeral's ending (64-\u0445), though \u0445 alone is no word",
	 "Пoддeрживaeтся дo 64-x ленточных устройств.",
	 "Поддерживается до 64-х ленточных устройств.", ANY},
	{"Ukrainian text whose \u0456 are all Latin i, without \u044B \u044D \u045E, writes \u0457: Latin \u00EFx alone is \u0457\u0445",
	 "Bибepimb фaйли i вiдkpийmе ïx y peдakmopi.",
	 "Виберіть файли і відкрийте їх у редакторі.", ANY},
	{"a Latin capital opening a line before a capitalised Russian word is a key of a list of keys, not the preposition (O, B stay Latin; the paragraph shows substitutions)",
	 "\u041A\u043B\u0430\u0432\u0438\u0448\u0438 \u043F\u043Bee\u0440\u0430:\nO \u0421\u043E\u0440\u0442\u0438\u0440\u043E\u0432\u0430\u0442\u044C \u0441\u043F\u0438\u0441\u043E\u043A \u043F\u043E \u043D\u0430\u0437\u0432\u0430\u043D\u0438\u044E\nB \u041F\u043E\u043A\u0430\u0437\u0430\u0442\u044C \u043E\u043A\u043D\u043E",
	 "\u041A\u043B\u0430\u0432\u0438\u0448\u0438 \u043F\u043B\u0435\u0435\u0440\u0430:\nO \u0421\u043E\u0440\u0442\u0438\u0440\u043E\u0432\u0430\u0442\u044C \u0441\u043F\u0438\u0441\u043E\u043A \u043F\u043E \u043D\u0430\u0437\u0432\u0430\u043D\u0438\u044E\nB \u041F\u043E\u043A\u0430\u0437\u0430\u0442\u044C \u043E\u043A\u043D\u043E", ANY},
	{"a Latin capital alone opening a sentence of obfuscated Russian text before a capitalised Russian word is the preposition (B \u0420\u0430\u0437\u0434\u0435\u043B: \u0412)",
	 "Ecли микpoпpoгpaммa нe нaйдeнa, тo пpoгpaммa ycтaнoвки пpeдлoжит eё зaгpyзить. B Paздeл 6.4, «Зaгpyзкa oтcyтcтвyющиx микpoпpoгpaмм» oпиcaнo пoдpoбнee.",
	 "Если микропрограмма не найдена, то программа установки предложит её загрузить. В Раздел 6.4, «Загрузка отсутствующих микропрограмм» описано подробнее.", ANY},
	{"Latin m inside a Serbian word is \u0442 unless \u043C reads far better (m\u0438\u0442\u043B: \u0442\u0438\u0442\u043B, not \u043C\u0438\u0442\u043B)",
	 "Број тока mитл траке који се користи.",
	 "Број тока титл траке који се користи.", ANY},
	{"a Latin capital opening a sentence of Serbian text is a label, not the preposition \u0423, after a paragraph that left another such capital as a label (X, then Y)",
	 "Не дирајте ову опцију, ауmоматски се ажурира.\n\nX кoрдината горњег левог угла.\n\nX координата логоа.\n\nY кордината горњег левог угла.",
	 "Не дирајте ову опцију, аутоматски се ажурира.\n\nX кордината горњег левог угла.\n\nX координата логоа.\n\nY кордината горњег левог угла.", ANY},
	{"... but without such a label before it, it is the preposition (Y: \u0423)",
	 "Не дирајте ову опцију, ауmоматски се ажурира.\n\nY кордината горњег левог угла.",
	 "Не дирајте ову опцију, аутоматски се ажурира.\n\nУ кордината горњег левог угла.", ANY},
	{"an underscore opening a word of obfuscated Macedonian text marks a menu item's access key, not an identifier (_cera: _\u0441\u0435\u0433\u0430, _Kora: _\u041A\u043E\u0433\u0430); an identifier that reads no better restored stays (_init)",
	 "Зачувај ја положбата на npoзopeцom _cera\n\n_Kora се притиска копчето.\n\nФункцијата _init се повикува.",
	 "Зачувај ја положбата на прозорецот _сега\n\n_Кога се притиска копчето.\n\nФункцијата _init се повикува.", ANY},
	{"a Latin capital with a full stop between two capitalised Serbian names is the initial of a Cyrillic name (\u0420\u0438\u0447\u0430\u0440\u0434 M. \u0421\u0442\u043E\u043B\u043C\u0430\u043D: \u041C); after a word in small letters it is a key ending a sentence (A.)",
	 "Написали Рoланд Мекграт, Ричард M. Столман и Џим Мејеринг.\n\nНажмите клавишу A. Затем выбeрите пункт.",
	 "Написали Роланд Мекграт, Ричард М. Столман и Џим Мејеринг.\n\nНажмите клавишу A. Затем выберите пункт.", ANY},
	{"a Latin word opening a sentence of obfuscated Macedonian text without genuine Latin words, spelt as Serbian Latin spells a Cyrillic word, is that word (Toa: \u0422\u043E\u0430), though T was not yet seen substituted",
	 "Покажи гo полето при иcпpаќање нa порaка. Toa се контролира oд менитo за преглед.",
	 "Покажи го полето при испраќање на порака. Тоа се контролира од менито за преглед.", ANY},
	{"a Latin word between genuine Latin words of Macedonian text written in lookalikes, whose Cyrillic reading is a dictionary word and its Latin one no English word, is restored (nakem: \u043F\u0430\u043A\u0435\u0442), and the short word after it then too",
	 "Ako cakame дa kopиcmиme LDAP вo Evolution, мopa дa инcmaлиpame Evolution nakem co LDAP noддpшka.",
	 "Ако сакате да користите LDAP во Evolution, мора да инсталирате Evolution пакет со LDAP поддршка.", ANY},
	{"a small Latin letter alone between two Serbian words, two paragraphs after the last substitution, is the preposition (y: \u0443)",
	 "Најмањa висина прозора.\n\nНајмањи број елемената.\n\nНајмања величина стрелице y прозорчету за избор.",
	 "Најмања висина прозора.\n\nНајмањи број елемената.\n\nНајмања величина стрелице у прозорчету за избор.", ANY},
	{"... but not after a paragraph whose only finding was an invisible character inside a word (no substitution shown)",
	 "Изврће из\u200Bбор.\n\nИзврће избор y свим видљивим слојевима GIMP-а.",
	 "Изврће избор.\n\nИзврће избор y свим видљивим слојевима GIMP-а.", ANY},
	{"a small Latin y, o, a or e alone between two Serbian words, the only Latin letter of its paragraph, is the preposition or conjunction though no substitution was shown before (y: \u0443, after a comma too)",
	 "Уколико желите да избаците диск, користите „Избаци“ y искачућем изборнику.\n\nШирина, y пикселима, линија приказа.",
	 "Уколико желите да избаците диск, користите „Избаци“ у искачућем изборнику.\n\nШирина, у пикселима, линија приказа.", ANY},
	{"a Latin capital H opening the first paragraph of Greek text before a small Greek word is the article \u0397 when the paragraphs after it show substitutions (\u03A4o), though none showed before (ahead())",
	 "H σύνδεση έκλεισε.\n\nΤo αρχείο δεν βρέθηκε.",
	 "\u0397 σύνδεση έκλεισε.\n\nΤο αρχείο δεν βρέθηκε.", ANY},
	{"... but not when they show none (the authors' own slip stays)",
	 "H σύνδεση έκλεισε.\n\nΤο αρχείο δεν βρέθηκε.",
	 SAME, ANY},
	{"a Latin capital joined by a menu's access-key underscore to a Greek word is that word's first letter in a text that showed substitutions paragraphs before, though its paragraph shows none (A_\u03C5\u03C4\u03CC\u03BC\u03B1\u03C4\u03B7: \u0391)",
	 "Τo αρχείο δεν βρέθηκε.\n\nΗ εφαρμογή δεν μπορεί να ξεκινήσει τώρα.\n\nΤο πρόγραμμα τερματίστηκε κανονικά.\n\nΗ σύνδεση έκλεισε.\n\nA_υτόματη αποθήκευση των αλλαγών.",
	 "Το αρχείο δεν βρέθηκε.\n\nΗ εφαρμογή δεν μπορεί να ξεκινήσει τώρα.\n\nΤο πρόγραμμα τερματίστηκε κανονικά.\n\nΗ σύνδεση έκλεισε.\n\n\u0391_υτόματη αποθήκευση των αλλαγών.", ANY},
	{"in Macedonian text (\u045C written) a Latin word of lookalikes whose Latin reading is no English word and whose Cyrillic one the twin-word filter does not know (it has no Macedonian words) counts half as a Cyrillic word (cakame: \u0441\u0430\u043A\u0430\u0442\u0435)",
	 "Cлиkaтa ќe ja избpaвтe е голема за GIMP. Дали cakame да ѝ ја cмeнитe големината?",
	 "Сликата ќе ја избравте е голема за GIMP. Дали сакате да ѝ ја смените големината?", ANY},
	{"in Serbian text (\u045A written) a Latin word in capitals with a vowel whose Cyrillic reading is a dictionary word and its Latin one no English word is restored (CBE: \u0421\u0412\u0415); CMYK (Y no vowel) stays",
	 "Пpoвepaвa пpaвoпиc caмo зa CBE изaбpaнe jeзикe и њихoвe peчи.\n\nПoдeшaвa пpocтop бoja CMYK зa штaмпу и њeнe бoje.",
	 "Проверава правопис само за СВЕ изабране језике и њихове речи.\n\nПодешава простор боја CMYK за штампу и њене боје.", ANY},
	{"the twin-word filter knows the inflected forms of the Serbian dictionary (its affix rules leave out their conditions): after a genuine Latin name, a Latin word of lookalikes ending a Serbian sentence reads as a dictionary form (macmepa: \u0442\u0430\u0441\u0442\u0435\u0440\u0430)",
	 "Oвa paдњa ce nokpeћe noмoћy Ctrl macmepa.",
	 "Ова радња се покреће помоћу Ctrl тастера.", ANY},
	{"a small Latin e, the only Latin letter of a paragraph that shows no other substitution, opening a Serbian compound with a hyphen after a Serbian word, is Cyrillic (e-\u043F\u043E\u0448\u0442\u0443: \u0435-\u043F\u043E\u0448\u0442\u0443); with a Latin word after the hyphen it stays (e-mail)",
	 "Пошаљите e-пошту свим контактима.\n\nПошаљите e-mail свим контактима.",
	 "Пошаљите е-пошту свим контактима.\n\nПошаљите e-mail свим контактима.", ANY},
	{"a mixed word between slashes in a list of Serbian words is Cyrillic though the word after it has an invisible character inside (Koпиjа: \u041A\u043E\u043F\u0438\u0458\u0430, not Konuja)",
	 "Приказана поља: Пошиљалац/Koпиjа/C\uFEFFлeпа копија",
	 "Приказана поља: Пошиљалац/Копија/Слепа копија", ANY},
	{"a Latin ending of two letters joined by a hyphen to a name in Kazakh text where substitutions are rare is restored though it is an English word (VLC-re: VLC-\u0433\u0435)",
	 "Бұл кодекті aнықтай алмадық. VLC-re ASF тақырыптамасын жүктеу сәтсіз аяқталды, файлды тексеріңіз.",
	 "Бұл кодекті анықтай алмадық. VLC-ге ASF тақырыптамасын жүктеу сәтсіз аяқталды, файлды тексеріңіз.", ANY},
	{"a Latin ja alone between two Cyrillic words of a short obfuscated paragraph that writes no letter Serbian and Macedonian lack is \u0458\u0430, though the paragraph shows no \u0458",
	 "Kлиkнeme дa ja omвopиme nankama",
	 "Кликнете да ја отворите папката", ANY},
	{"... but not in a paragraph that writes \u0439 (Russian)",
	 "Нажмите дa ja откройте папку",
	 "Нажмите да ja откройте папку", ANY},
	{"a Latin word between a Kazakh word and a genuine Latin one, reading as a Cyrillic dictionary word and as no English one, is restored: the Latin neighbour costs it no margin (mek: \u0442\u0435\u043A)",
	 "Бұл oпция mek libfdk-aac кітaпxaнacымeн жұмыc іcтeйді.",
	 "Бұл опция тек libfdk-aac кітапханасымен жұмыс істейді.", ANY},
	{"Kazakh text (\u049B \u04B1 written) writes \u0456: a word wholly in Latin lookalikes with i is restored though the paragraph shows no \u0456 (icke: \u0456\u0441\u043A\u0435)",
	 "Бұл onция icke қocылғaн бoлca, mepeзe жaбылaды.",
	 "Бұл опция іске қосылған болса, терезе жабылады.", ANY},
	{"... but not with another Latin letter in its paragraph, nor a c (a variable, or the authors' own slip)",
	 "Изврће избор y свим слојевима GIMP-а.\n\nКонстанта c означава брзину.",
	 "Изврће избор y свим слојевима GIMP-а.\n\nКонстанта c означава брзину.", ANY},
	{"... but not a letter next to a Latin word or at the end of a sentence (x \u0438 y: variables)",
	 "Најмањa висина прозора.\n\nНајмањи број елемената.\n\nПомера тачку по осама x и y.",
	 "Најмања висина прозора.\n\nНајмањи број елемената.\n\nПомера тачку по осама x и y.", ANY},
	{"a Latin word of two letters after a number standing alone, before a Latin word, is a value's name in a list (32 ac vlc), not a Cyrillic word, at any rate",
	 "Покушајте да уклоните следеће грешке: 1 аутоматско детектовање 2 стари msmpeg4 формат 8 ump4 16 без допуњавања 32 ac vlc 64 Qpel нијанса боје. Мoрате да унесете суму.",
	 "Покушајте да уклоните следеће грешке: 1 аутоматско детектовање 2 стари msmpeg4 формат 8 ump4 16 без допуњавања 32 ac vlc 64 Qpel нијанса боје. Морате да унесете суму.", ANY},
	{"... also in a paragraph written wholly in lookalikes",
	 "Пokyшajme дa ykлoниme cлeдeћe rpeшke: 1 aymoмamcko дemekmoвaњe 2 cmapи msmpeg4 фopмam 8 ump4 16 бeз дonyњaвaњa 32 ac vlc 64 Qpel ниjaнca бoje.",
	 "Покушајте да уклоните следеће грешке: 1 аутоматско детектовање 2 стари msmpeg4 формат 8 ump4 16 без допуњавања 32 ac vlc 64 Qpel нијанса боје.", ANY},
	{"... but a word of two letters after a word glued to a digit is (\u043D\u0438\u0441\u0446\u04382 cy: \u0441\u0443)",
	 "Разреди знака кoји се могу појавити у нисци2 cy „upper“ и „lower“.",
	 "Разреди знака који се могу појавити у нисци2 су „upper“ и „lower“.", ANY},
	{"a Latin word in Macedonian text whose Cyrillic reading has a letter Macedonian lacks stays Latin (mbox, not \u0442\u044C\u043E\u0445)",
	 "Ќe бидe кpeиpaнa mbox cмeткa зa дa ce зaчyвaaт cтapитe mbox пaпки. Moжeтe дa ja избpишeтe тaa cмeткa oткaкo ќe ce ocигypaтe дeкa пoдaтoцитe ce бeзбeднo мигpиpaни.",
	 "Ќе биде креирана mbox сметка за да се зачуваат старите mbox папки. Можете да ја избришете таа сметка откако ќе се осигурате дека податоците се безбедно мигрирани.", ANY},
	{"a small letter joined by a hyphen to a quote closing a quoted name is the Serbian ending of the name (\u201Emkisofs\u201C-a: \u0430), not an option",
	 "Прoследити било коју опцију „mkisofs“-a наведену излазом „xorriso -as mkisofs -help“-a.",
	 "Проследити било коју опцију „mkisofs“-а наведену излазом „xorriso -as mkisofs -help“-а.", ANY},
	{"... while after an opening quote it is an option (\u201E-a\u201C)",
	 "Прoследити опцију „-a“ програму.",
	 "Проследити опцију „-a“ програму.", ANY},
	{"a Latin word opening a sentence of Macedonian text after a genuine Latin word ending the sentence before is judged without it (TLS. Toa: \u0422\u043E\u0430)",
	 "Избиpajќи ja oвaa onциja знaчи дeka Baшиom cepвep нe noдpжyвa SSL или TLS. Toa знaчи дeka вpckama нeмa дa бидe cиrypнa.",
	 "Избирајќи ја оваа опција значи дека Вашиот сервер не подржува SSL или TLS. Тоа значи дека врската нема да биде сигурна.", ANY},
	{"an English name written in small letters is no English word: moro in obfuscated Russian is \u0442\u043E\u0433\u043E (the twin-word filter's names count capitalised)",
	 "Чmобы зaпycmитb менeджep фaйлoв, omкpойтe Nautilus из peжимa Обзopa. Кpoмe moro, в peжиме обзopa мoжно выnолнять пoиcк фaйлов и nапоk, moчно maк же, кak выnолняеmcя nоиcк npиложений.",
	 "Чтобы запустить менеджер файлов, откройте Nautilus из режима Обзора. Кроме того, в режиме обзора можно выполнять поиск файлов и папок, точно так же, как выполняется поиск приложений.", ANY},
	{"a file name's extension after a Cyrillic name and a dot stays Latin in Ukrainian text written in Latin lookalikes (\u043F\u0440\u0438\u043A\u043B\u0430\u0434.txt)",
	 "Якщo ви xoчeтe пepeймeнyвaти фaйл iз нaзвoю пpиклaд.txt, вaм cлiд cкopиcтaтиcя цiєю кoмaндoю.",
	 "Якщо ви хочете перейменувати файл із назвою приклад.txt, вам слід скористатися цією командою.", ANY},
	{"a short Belarusian word with a national letter that the letter model reads badly is a word of the twin-word filter (ix: \u0456\u0445)",
	 "Вы мoжаце перaцягнуць кoнты, кaб пеpаўпаpадкавaць ix. Калi вы хочaце выдаліць іх, націсніце кнопку.",
	 "Вы можаце перацягнуць конты, каб пераўпарадкаваць іх. Калі вы хочаце выдаліць іх, націсніце кнопку.", ANY},
	{"a Latin word of lookalikes in Cyrillic text with genuine Latin words is restored where the text writes its reading in Cyrillic (kak, \u043A\u0430\u043A)",
	 "Откройте файл в GIMP, кaк показано выше, и сохраните его так, kak написано в README.",
	 "Откройте файл в GIMP, как показано выше, и сохраните его так, как написано в README.", ANY},
	{"... and kept where the text does not write it (kak)",
	 "Откройте файл в GIMP и сохраните его так, kak написано в README, пoтом закройте.",
	 "Откройте файл в GIMP и сохраните его так, kak написано в README, потом закройте.", ANY},
	{"a Latin letter joined by a comma or a colon to a Latin letter left Latin is a variable of a pair (x,y; x:y), not the preposition \u0443",
	 "Зaдaць зpyx (x,y) элeмeнтaў мaзaікі, фapмaт x:y (4:3) aбo шыpыня.",
	 "Задаць зрух (x,y) элементаў мазаікі, фармат x:y (4:3) або шырыня.", ANY},
	{"a small letter joined by a hyphen to a number is the ending of a numeral, restored though it is no word alone (64-\u0445)",
	 "Мoжнo кoнтpoлиpoвaть дo 64-x лeнтoчныx ycтpoйcтв c двyмя мoдyлями, a 4-x бoльшe нeт.",
	 "Можно контролировать до 64-х ленточных устройств с двумя модулями, а 4-х больше нет.", ANY},
	{"a small letter joined by a hyphen to a Cyrillic word, reading as a word, is the first part of a compound (\u0435-\u043F\u043E\u0448\u0442\u0430), even after an access-key underscore",
	 "Пoкажи ги кoрисниците на _e-пошта вo листата.",
	 "Покажи ги корисниците на _е-пошта во листата.", ANY},
	{"caseless \u01C0 after a small first letter (a\u01C0\u01C0) or starting a word after an apostrophe (you\u2019\u01C0l) is small l, not I",
	 "If you quit, you\u2019\u01C0l lose your picture and you'\u01C0l see \u0251\u01C0\u01C0 of it, a\u01C0\u01C0 the time. I\u0261nore it.",
	 "If you quit, you\u2019ll lose your picture and you'll see all of it, all the time. Ignore it.", ANY},
	{"\u028B read as v in the document's other words is v where the letter model alone would read u (leave, not leaue)",
	 "Th\u0251t \u028Bery \u028Baluable \u028Bersion will lea\u028Be the \u028Balue \u0251s it is.",
	 "That very valuable version will leave the value as it is.", ANY},
	{"\u028B read as v in the document's other words is v where the letter model alone would read u (Serbian ovde, not oude)",
	 "Ov\u0251j \u028Beoma \u028Ba\u017Ean \u028Bodi\u010D \u0107emo pono\u028Bo o\u028Bde \u0251\u017Eurirati.",
	 "Ovaj veoma va\u017Ean vodi\u010D \u0107emo ponovo ovde a\u017Eurirati.", ANY},
	{"\u028B always read as v in the document's other words is v in technical tokens the letter model reads far better with u (svg, devpts, not sug, deupts)",
	 "Th\u0251t \u028Bery \u028Baluable \u028Bersion. Use s\u028Bg or de\u028Bpts here.",
	 "That very valuable version. Use svg or devpts here.", ANY},
	{"\u028B read as u in three words before does not make u certain: later words read v where the letter model says so (given, version)",
	 "Put it \u028Bnder the \u028Bsual folder and \u028Bnder this one. It is \u0261\u0131\u028Be\u0578 a \u028Bers\u0131\u0585\u0578 of se\u028Beral \u028Bariables.",
	 "Put it under the usual folder and under this one. It is given a version of several variables.", ANY},
	{"\u028B in a Serbian paragraph with nothing else obfuscated is v: \u010D \u0161 \u017E (letters of no alphabet with \u028B) outnumber it, and no \u025B \u0254 \u014B \u0256",
	 "Sigurno \u017Eelite da isklju\u010Dite o\u028Baj nalog i obri\u0161ete sve poruke.",
	 "Sigurno \u017Eelite da isklju\u010Dite ovaj nalog i obri\u0161ete sve poruke.", ANY},
	{"\u028B in a Vietnamese paragraph with nothing else obfuscated is v (\u01A1 \u01B0 \u0111)",
	 "Chuy\u1EC3n \u0111\u1ED5i to\u00E0n b\u1ED9 h\u00ECnh \u1EA3nh sang m\u00E0u tr\u1EAFng \u028B\u00E0 m\u1ED9t m\u00E0u \u0111\u01B0\u1EE3c ch\u1ECDn.",
	 "Chuy\u1EC3n \u0111\u1ED5i to\u00E0n b\u1ED9 h\u00ECnh \u1EA3nh sang m\u00E0u tr\u1EAFng v\u00E0 m\u1ED9t m\u00E0u \u0111\u01B0\u1EE3c ch\u1ECDn.", ANY},
	{"\u028B in a Turkish paragraph with nothing else obfuscated is v (\u015F \u011F: letters of no alphabet with \u028B)",
	 "Se\u00E7ili arabelle\u011Fi se\u00E7imin i\u00E7ine \u028Be \u00F6zg\u00FCn konumuna yap\u0131\u015Ft\u0131r",
	 "Se\u00E7ili arabelle\u011Fi se\u00E7imin i\u00E7ine ve \u00F6zg\u00FCn konumuna yap\u0131\u015Ft\u0131r", ANY},
	{"\u028B read as v in a Turkish paragraph shows obfuscation: the next paragraph's \u0131\u00E7inde (\u0131 against vowel harmony, alone in its paragraph) is i\u00E7inde",
	 "Bu ayarlara hi\u00E7bir zaman gereksinmeyece\u011Finizi umuyoruz, ancak t\u00FCm yaz\u0131l\u0131mlarda oldu\u011Fu gibi hatalar var \u028Be \u00E7\u00F6kmeler g\u00F6r\u00FClebilir.\n\nBir g\u00F6r\u00FCnt\u00FC penceresi \u0131\u00E7inde ara \u00E7ubu\u011Funa bas\u0131ld\u0131\u011F\u0131nda ne yap\u0131laca\u011F\u0131.",
	 "Bu ayarlara hi\u00E7bir zaman gereksinmeyece\u011Finizi umuyoruz, ancak t\u00FCm yaz\u0131l\u0131mlarda oldu\u011Fu gibi hatalar var ve \u00E7\u00F6kmeler g\u00F6r\u00FClebilir.\n\nBir g\u00F6r\u00FCnt\u00FC penceresi i\u00E7inde ara \u00E7ubu\u011Funa bas\u0131ld\u0131\u011F\u0131nda ne yap\u0131laca\u011F\u0131.", ANY},
	{"\u028B three paragraphs after the document's last substitution is still read (mo\u028Bement): what it showed counts for decide_orth() while it counts for late_article()",
	 "The first selected item from the \uA4E1ibrary will be the subject of the stream.\n\nCheck this to stream all outputs.\n\nThe delay which is introduced by the algorithm may be disturbing.\n\nThe synchronization between lips-mo\u028Bement and speech can be off.",
	 "The first selected item from the Library will be the subject of the stream.\n\nCheck this to stream all outputs.\n\nThe delay which is introduced by the algorithm may be disturbing.\n\nThe synchronization between lips-movement and speech can be off.", ANY},
	{"\u0131 read as i in an English word is evidence for the exotic letters of the paragraphs after it: a word of IPA \u0251 alone is a",
	 "Seek and position based on a percent byte pos\u0131tion, not a generated time.\n\nSelect a proper audio device to be used by KAI.\n\nSelect \u0251 proper video mode to be used by KVA.\n",
	 "Seek and position based on a percent byte position, not a generated time.\n\nSelect a proper audio device to be used by KAI.\n\nSelect a proper video mode to be used by KVA.\n", ANY},
	{"\u028B stands for v first: u only where it reads clearly better (three margins), not in resolv or Serbian osnovne",
	 "The \u0251ddresses used on source (see /etc/resol\u028B.conf) are listed.\n\nIzaberite osno\u028Bne opcije z\u0251 tekst.\n",
	 "The addresses used on source (see /etc/resolv.conf) are listed.\n\nIzaberite osnovne opcije za tekst.\n", ANY},
	{"Ewe with tone marks (\u00E8 \u00E9) keeps its \u028B: it writes \u014B and \u0254",
	 "\u00C8\u028Be nye gbe si w\u00F2dona le Ghana kple Togo; \u00E9 \u0192e \u014Bk\u0254 enye E\u028Begbe.",
	 SAME, ANY},
	{"one \u028B in a Serbian sentence with as few \u010D \u0161 \u017E as \u028B stays (a name: E\u028Be)",
	 "Jezik E\u028Be se govori u Togu, \u010Dak i u Gani.",
	 SAME, ANY},
	{"the document's readings of \u028B as v are kept through one-line paragraphs that show substitutions (Serbian ovde, not oude, four paragraphs on)",
	 "Posta\u028Bite redo\u028Be i \u028Brednost s\u028Bih polj\u0251.\n\nKliknite n\u0251 dugme.\n\nIzaberite boju z\u0251 tekst.\n\nOt\u028Borite prozor z\u0251 unos.\n\nKliknite o\u028Bde d\u0251 izaberete fascikle.",
	 "Postavite redove i vrednost svih polja.\n\nKliknite na dugme.\n\nIzaberite boju za tekst.\n\nOtvorite prozor za unos.\n\nKliknite ovde da izaberete fascikle.", ANY},
	{"a lone Cherokee capital opening an English sentence is A, with nothing else obfuscated (no Cherokee text around)",
	 "\u13AA circle is a curve where all points have the same distance from the center.",
	 "A circle is a curve where all points have the same distance from the center.", ANY},
	{"a lone Armenian \u057D between Serbian words is the preposition u, with nothing else obfuscated",
	 "Vreme izme\u0111u dva treptaja kurzora, \u057D milisekundama.",
	 "Vreme izme\u0111u dva treptaja kurzora, u milisekundama.", ANY},
	{"a small Greek letter alone in English text is a variable and stays (\u03BD, \u03C1)",
	 "The frequency \u03BD and the density \u03C1 are given in the table.", SAME, CLEAN},
	{"Armenian \u057D in Armenian text stays (\u0535\u057D \u057D\u056B\u0580\u0578\u0582\u0574 \u0565\u0574 \u057D\u0578\u0582\u0580\u0573)",
	 "\u0535\u057D \u057D\u056B\u0580\u0578\u0582\u0574 \u0565\u0574 \u057D\u0578\u0582\u0580\u0573\u0589", SAME, CLEAN},
	{"a Latin capital alone in Russian text is a label and stays (\u043F\u0443\u043D\u043A\u0442 B)",
	 "\u0421\u043C\u043E\u0442\u0440\u0438\u0442\u0435 \u043F\u0443\u043D\u043A\u0442 B \u0438 \u0432\u0430\u0440\u0438\u0430\u043D\u0442 A \u043D\u0438\u0436\u0435.", SAME, CLEAN},
	{"caseless \u01C0 between a capital inside a word and a small letter is read with case, by the pieces of camel case (OwnCloud, not OwnCIoud; SSLlibrary; XMLInput)",
	 "Connect to the OwnC\u01C0oud server with SSL\u01C0ibrary and the XML\u01C0nput class, \u0251ll of them.",
	 "Connect to the OwnCloud server with SSLlibrary and the XMLInput class, all of them.", ANY},
	{"caseless \u01C0 after a title-case capital reads in one case with the letters after it (All, not AlI)",
	 "\u13AA\u01C0\u01C0 services that are offered by the server are listed. A\u01C0\u01C0 of them w\u0251it.",
	 "All services that are offered by the server are listed. All of them wait.", ANY},
	{"Lisu \uA4F2 before a caseless Lisu capital stays a capital though a small letter follows (UUIDs); genuine iOS and TrayIcon stay",
	 "Die \u054D\u054D\uA4F2\uA4D3\uA731 sind w\u0251hr, iOS und TrayIcon auch.",
	 "Die UUIDs sind wahr, iOS und TrayIcon auch.", ANY},
	{"a mixed word in a list of Cyrillic words written with slashes (\u043F\u043E\u0447\u0435\u0442\u0430\u043A/\u043A\u0440\u0430\u0458, \u0433\u043E\u0440\u0435/\u0434\u043E\u043B\u0435) is Cyrillic, not a Latin path",
	 "\u041A\u0443\u0440\u0441\u043E\u0440\u043E\u0442 \u0441\u0435 \u0434\u0432\u0438\u0436\u0438 \u0434\u043E \u043F\u043E\u0447\u0435\u0442\u0430k/kp\u0430\u0458 \u043D\u0430 \u043B\u0438\u043D\u0438\u0458\u0430\u0442\u0430, \u0430 \u043F\u0440\u043E\u0437\u043E\u0440\u0435\u0446\u043E\u0442 \u0441\u0435 \u043F\u043E\u043C\u0435\u0440\u0430 r\u043E\u0440\u0435/\u0434\u043E\u043B\u0435 \u043A\u043E\u0433\u0430 \u045C\u0435 \u0441\u0435 \u043F\u0440\u0438\u0442\u0438\u0441\u043D\u0435 \u043A\u043E\u043F\u0447\u0435\u0442\u043E.",
	 "\u041A\u0443\u0440\u0441\u043E\u0440\u043E\u0442 \u0441\u0435 \u0434\u0432\u0438\u0436\u0438 \u0434\u043E \u043F\u043E\u0447\u0435\u0442\u0430\u043A/\u043A\u0440\u0430\u0458 \u043D\u0430 \u043B\u0438\u043D\u0438\u0458\u0430\u0442\u0430, \u0430 \u043F\u0440\u043E\u0437\u043E\u0440\u0435\u0446\u043E\u0442 \u0441\u0435 \u043F\u043E\u043C\u0435\u0440\u0430 \u0433\u043E\u0440\u0435/\u0434\u043E\u043B\u0435 \u043A\u043E\u0433\u0430 \u045C\u0435 \u0441\u0435 \u043F\u0440\u0438\u0442\u0438\u0441\u043D\u0435 \u043A\u043E\u043F\u0447\u0435\u0442\u043E.", ANY},
	{"next to a slash with no Cyrillic word across it (S/MIM\u0415, /\u0435tc/hosts), a mixed word is Latin",
	 "\u041F\u0440\u043E\u0432\u0435\u0440\u044C\u0442\u0435 \u043D\u0430\u0441\u0442\u0440\u043E\u0439\u043A\u0438 S/MIM\u0415 \u0438 \u0444\u0430\u0439\u043B /\u0435tc/hosts \u0432 \u0441\u0438\u0441\u0442e\u043C\u0435, \u0432\u0432\u043E\u0434/\u0432\u044B\u0432\u043E\u0434.",
	 "\u041F\u0440\u043E\u0432\u0435\u0440\u044C\u0442\u0435 \u043D\u0430\u0441\u0442\u0440\u043E\u0439\u043A\u0438 S/MIME \u0438 \u0444\u0430\u0439\u043B /etc/hosts \u0432 \u0441\u0438\u0441\u0442\u0435\u043C\u0435, \u0432\u0432\u043E\u0434/\u0432\u044B\u0432\u043E\u0434.", ANY},
	{"a Macedonian stray Cyrillic letter in a Latin name in a path (S/MIM\u0415) is made Latin, not the name Cyrillic",
	 "\u041F\u043E\u0442\u043F\u0438\u0448\u0435\u0442\u0435 \u0458\u0430 \u043F\u043E\u0440\u0430\u043A\u0430\u0442\u0430 \u0441\u043E \u0432\u0430\u0448\u0438\u043E\u0442 S/MIM\u0415 \u0441\u0435\u0440\u0442\u0438\u0444\u0438\u043A\u0430\u0442 \u0437\u0430 \u0435\u043D\u043A\u0440\u0438\u043F\u0446\u0438\u0458\u0430 \u0438 \u043F\u0440o\u0432\u0435\u0440\u0435\u0442\u0435.",
	 "\u041F\u043E\u0442\u043F\u0438\u0448\u0435\u0442\u0435 \u0458\u0430 \u043F\u043E\u0440\u0430\u043A\u0430\u0442\u0430 \u0441\u043E \u0432\u0430\u0448\u0438\u043E\u0442 S/MIME \u0441\u0435\u0440\u0442\u0438\u0444\u0438\u043A\u0430\u0442 \u0437\u0430 \u0435\u043D\u043A\u0440\u0438\u043F\u0446\u0438\u0458\u0430 \u0438 \u043F\u0440\u043E\u0432\u0435\u0440\u0435\u0442\u0435.", ANY},

	{"a Latin word with a fancy letter in obfuscated Russian text stays one script (clean is idempotent)",
	 "\u041Fp\u0438\u0432e\u0442, \u043Ce\u043D\u044F \u0437\u043E\u0432\u0443\u0442 \u0410\u043D\u043D\u0430, l\u24D7 \u044F \u0436\u0438\u0432\u0443 \u0432 \u041C\u043E\u0441\u043A\u0432e.",
	 "\u041F\u0440\u0438\u0432\u0435\u0442, \u043C\u0435\u043D\u044F \u0437\u043E\u0432\u0443\u0442 \u0410\u043D\u043D\u0430, lh \u044F \u0436\u0438\u0432\u0443 \u0432 \u041C\u043E\u0441\u043A\u0432\u0435.", ANY},

	{"a lone Latin y standing for the preposition \u0443 in Russian text with few substitutions and a genuine Latin word (Firefox) is restored",
	 "\u041Fp\u0438\u0432\u0435\u0442! \u042F \u0436\u0438\u0432\u0443 y \u043C\u043E\u0440\u044F \u0438 \u043F\u043E\u043B\u044C\u0437\u0443\u044E\u0441\u044C Firefox \u043A\u0430\u0436\u0434\u044B\u0439 \u0434\u0435\u043D\u044C, \u0430 \u0432\u0435\u0447\u0435\u0440\u043E\u043C \u0447\u0438\u0442\u0430\u044E \u043A\u043D\u0438\u0433\u0438 \u0434\u043E\u043C\u0430.",
	 "\u041F\u0440\u0438\u0432\u0435\u0442! \u042F \u0436\u0438\u0432\u0443 \u0443 \u043C\u043E\u0440\u044F \u0438 \u043F\u043E\u043B\u044C\u0437\u0443\u044E\u0441\u044C Firefox \u043A\u0430\u0436\u0434\u044B\u0439 \u0434\u0435\u043D\u044C, \u0430 \u0432\u0435\u0447\u0435\u0440\u043E\u043C \u0447\u0438\u0442\u0430\u044E \u043A\u043D\u0438\u0433\u0438 \u0434\u043E\u043C\u0430.", ANY},

	{"clean's output is its own fixpoint: circled \u24D8 written as Greek \u03B9 makes the paragraph Greek, so a second clean would restore oP; the first does",
	 "oP\u0393 \u0393\u24D8\u0393 J",
	 "\u03BF\u03A1\u0393 \u0393\u03B9\u0393 J", ANY},

	{"a word mixing Greek and Cyrillic lookalikes in English is restored into Latin, not into either (\u03C4\u043E is to)",
	 "Type commands \u03C4\u043E tell the computer what to do, \u043E\u043F the other hand \u044C\u03B3 clicking.",
	 "Type commands to tell the computer what to do, on the other hand by clicking.", ANY},
	{"Cyrillic \u0440 in an English word is p, never Icelandic thorn",
	 "Define the pids to add to each \u0440mt. \u0422his requires th\u0435 set.",
	 "Define the pids to add to each pmt. This requires the set.", ANY},
	{"a Latin capital word opening a Greek sentence before a Latin name that Greek words follow, or before a capitalised Greek word, is its article (To GIMP 2.10 \u03B5\u03AF\u03BD\u03B1\u03B9, H \u0394\u03B9\u03B1\u03C7\u03B5\u03AF\u03C1\u03B9\u03C3\u03B7)",
	 "\u0397 \u03B5\u03C6\u03B1\u03C1\u03BC\u03BF\u03B3\u03AE \u03B4\u03B5\u03BD \u03BC\u03C0\u03BF\u03C1\u03B5\u03AF \u03BD\u03B1 \u03BE\u03B5\u03BA\u03B9\u03BD\u03AE\u03C3\u03B5\u03B9 \u03C4\u03CE\u03C1\u03B1. To GIMP 2.10 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03BC\u03B9\u03B1 \u03C3\u03B7\u03BC\u03B1\u03BD\u03C4\u03B9\u03BA\u03AE \u03AD\u03BA\u03B4\u03BF\u03C3\u03B7. H \u0394\u03B9\u03B1\u03C7\u03B5\u03AF\u03C1\u03B9\u03C3\u03B7 \u03B5\u03BD\u03AD\u03C1\u03B3\u03B5\u03B9\u03B1\u03C2 \u03AD\u03C7\u03B5\u03B9 \u03B1\u03BD\u03B1\u03C3\u03C4\u03B1\u03BB\u03B5\u03AF. \u03A4\u03BF \u03B1\u03C1\u03C7\u03B5\u03AF\u03BF \u03B4\u03B5\u03BD \u03B2\u03C1\u03AD\u03B8\u03B7\u03BA\u03B5 \u03C3\u03C4\u03BF\u03BD \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF x\u03C1\u03AE\u03C3\u03C4\u03B7.",
	 "\u0397 \u03B5\u03C6\u03B1\u03C1\u03BC\u03BF\u03B3\u03AE \u03B4\u03B5\u03BD \u03BC\u03C0\u03BF\u03C1\u03B5\u03AF \u03BD\u03B1 \u03BE\u03B5\u03BA\u03B9\u03BD\u03AE\u03C3\u03B5\u03B9 \u03C4\u03CE\u03C1\u03B1. \u03A4\u03BF GIMP 2.10 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03BC\u03B9\u03B1 \u03C3\u03B7\u03BC\u03B1\u03BD\u03C4\u03B9\u03BA\u03AE \u03AD\u03BA\u03B4\u03BF\u03C3\u03B7. \u0397 \u0394\u03B9\u03B1\u03C7\u03B5\u03AF\u03C1\u03B9\u03C3\u03B7 \u03B5\u03BD\u03AD\u03C1\u03B3\u03B5\u03B9\u03B1\u03C2 \u03AD\u03C7\u03B5\u03B9 \u03B1\u03BD\u03B1\u03C3\u03C4\u03B1\u03BB\u03B5\u03AF. \u03A4\u03BF \u03B1\u03C1\u03C7\u03B5\u03AF\u03BF \u03B4\u03B5\u03BD \u03B2\u03C1\u03AD\u03B8\u03B7\u03BA\u03B5 \u03C3\u03C4\u03BF\u03BD \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF \u03C7\u03C1\u03AE\u03C3\u03C4\u03B7.", ANY},
	{"a Latin word opening an English sentence before a name stays in an obfuscated Greek text (To GIMP users, A GNOME application)",
	 "To GIMP users will like it. A GNOME application is here. \u03A4\u03BF \u03B1\u03C1\u03C7\u03B5\u03AF\u03BF \u03B4\u03B5\u03BD \u03B2\u03C1\u03AD\u03B8\u03B7\u03BA\u03B5 \u03C3\u03C4\u03BF\u03BD \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF x\u03C1\u03AE\u03C3\u03C4\u03B7.",
	 "To GIMP users will like it. A GNOME application is here. \u03A4\u03BF \u03B1\u03C1\u03C7\u03B5\u03AF\u03BF \u03B4\u03B5\u03BD \u03B2\u03C1\u03AD\u03B8\u03B7\u03BA\u03B5 \u03C3\u03C4\u03BF\u03BD \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF \u03C7\u03C1\u03AE\u03C3\u03C4\u03B7.", ANY},
	{"Latin letters joined by the underscore of an access key to a Greek word are its first letters (X_\u03C1\u03AE\u03C3\u03B7, a_\u03BD\u03C4\u03B9\u03B3\u03C1\u03AC\u03C6\u03BF\u03C5), while Latin identifiers stay (my_var, x86_64)",
	 "X_\u03C1\u03AE\u03C3\u03B7 \u03B1\u03C5\u03C4\u03AE\u03C2 \u03C4\u03B7\u03C2 \u03C3\u03CD\u03BD\u03B4\u03B5\u03C3\u03B7\u03C2. \u0394\u03B7\u03BC\u03B9\u03BF\u03C5\u03C1\u03B3\u03AF\u03B1 a_\u03BD\u03C4\u03B9\u03B3\u03C1\u03AC\u03C6\u03BF\u03C5 \u03B1\u03C3\u03C6\u03B1\u03BB\u03B5\u03AF\u03B1\u03C2 \u03C3\u03C4\u03BF\u03BD \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF x\u03C1\u03AE\u03C3\u03C4\u03B7 \u03BC\u03B5 \u03C4\u03BF my_var \u03BA\u03B1\u03B9 x86_64.",
	 "\u03A7_\u03C1\u03AE\u03C3\u03B7 \u03B1\u03C5\u03C4\u03AE\u03C2 \u03C4\u03B7\u03C2 \u03C3\u03CD\u03BD\u03B4\u03B5\u03C3\u03B7\u03C2. \u0394\u03B7\u03BC\u03B9\u03BF\u03C5\u03C1\u03B3\u03AF\u03B1 \u03B1_\u03BD\u03C4\u03B9\u03B3\u03C1\u03AC\u03C6\u03BF\u03C5 \u03B1\u03C3\u03C6\u03B1\u03BB\u03B5\u03AF\u03B1\u03C2 \u03C3\u03C4\u03BF\u03BD \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF \u03C7\u03C1\u03AE\u03C3\u03C4\u03B7 \u03BC\u03B5 \u03C4\u03BF my_var \u03BA\u03B1\u03B9 x86_64.", ANY},
	{"in a heavily obfuscated Greek text, a Latin kai between two Latin names in a Greek sentence is the conjunction (Sodipodi \u03BA\u03B1\u03B9 Adobe)",
	 "Y\u03C0o\u03C3\u03C4\u03B7\u03C1\u03AF\u03B6ov\u03C4ai: Inkscape, Sodipodi kai Adobe Illustrator. T\u03BF apx\u03B5\u03AFo \u03B4\u03B5v \u03B2p\u03AD\u03B8nk\u03B5 \u03C3\u03C4ov \u03C6\u03ACk\u03B5\u03BBo xp\u03AE\u03C3\u03C4n kai \u03C4o \u03C0p\u03CC\u03B3pa\u03BC\u03BCa \u03B4\u03B5v \u03BC\u03C0op\u03B5\u03AF va \u03BE\u03B5kiv\u03AE\u03C3\u03B5\u03B9 \u03C4\u03CEpa.",
	 "\u03A5\u03C0\u03BF\u03C3\u03C4\u03B7\u03C1\u03AF\u03B6\u03BF\u03BD\u03C4\u03B1\u03B9: Inkscape, Sodipodi \u03BA\u03B1\u03B9 Adobe Illustrator. \u03A4\u03BF \u03B1\u03C1\u03C7\u03B5\u03AF\u03BF \u03B4\u03B5\u03BD \u03B2\u03C1\u03AD\u03B8\u03B7\u03BA\u03B5 \u03C3\u03C4\u03BF\u03BD \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF \u03C7\u03C1\u03AE\u03C3\u03C4\u03B7 \u03BA\u03B1\u03B9 \u03C4\u03BF \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1 \u03B4\u03B5\u03BD \u03BC\u03C0\u03BF\u03C1\u03B5\u03AF \u03BD\u03B1 \u03BE\u03B5\u03BA\u03B9\u03BD\u03AE\u03C3\u03B5\u03B9 \u03C4\u03CE\u03C1\u03B1.", ANY},

	{"a run of Latin letters at the start of a Russian word glued to a Cyrillic ending is restored when the document's obfuscator writes every one of its letters (makже: также)",
	 "\u041Fpo\u0433pa\u043C\u043Ca coxpa\u043D\u044Fem \u0444a\u0439\u043B \u043Da \u0434\u0438ck, a mak\u0436\u0435 co\u0437\u0434a\u0451\u0442 kon\u0438\u044E \u0432 \u043Fa\u043Fke.",
	 "\u041F\u0440\u043E\u0433\u0440\u0430\u043C\u043C\u0430 \u0441\u043E\u0445\u0440\u0430\u043D\u044F\u0435\u0442 \u0444\u0430\u0439\u043B \u043D\u0430 \u0434\u0438\u0441\u043A, \u0430 \u0442\u0430\u043A\u0436\u0435 \u0441\u043E\u0437\u0434\u0430\u0451\u0442 \u043A\u043E\u043F\u0438\u044E \u0432 \u043F\u0430\u043F\u043A\u0435.", ANY},
	{"an ending joined by a hyphen to a Latin name is restored in obfuscated Kazakh text though Latin words stand on both sides (VLC-ге ASF), and so is one of two letters after a letter alone (n-ге)",
	 "\u0411\u04B1\u043B napa\u043Cemp VLC-re ASF a\u0493\u044B\u043D\u044B\u043D \u0436\u04AFkmeyre \u043C\u04AF\u043Cki\u043D\u0434i\u043A \u0431epe\u0434i. \u041C\u04D9\u043Di 0-\u0434e\u043D n-re \u0434e\u0439i\u043D \u04E9\u0437\u0433epe\u0434i, a\u043B \u049Boc\u044B\u043C\u0448a \u043C\u04D9\u043D\u0434ep \u0436o\u049B.",
	 "\u0411\u04B1\u043B \u043F\u0430\u0440\u0430\u043C\u0435\u0442\u0440 VLC-\u0433\u0435 ASF \u0430\u0493\u044B\u043D\u044B\u043D \u0436\u04AF\u043A\u0442\u0435\u0443\u0433\u0435 \u043C\u04AF\u043C\u043A\u0456\u043D\u0434\u0456\u043A \u0431\u0435\u0440\u0435\u0434\u0456. \u041C\u04D9\u043D\u0456 0-\u0434\u0435\u043D n-\u0433\u0435 \u0434\u0435\u0439\u0456\u043D \u04E9\u0437\u0433\u0435\u0440\u0435\u0434\u0456, \u0430\u043B \u049B\u043E\u0441\u044B\u043C\u0448\u0430 \u043C\u04D9\u043D\u0434\u0435\u0440 \u0436\u043E\u049B.", ANY},
	{"a Latin letter joined into one token with a Latin letter left as it is stays Latin in obfuscated Kazakh text (x:y, (x,y): not у)",
	 "\u0411\u04B1\u043B napa\u043Cemp \u0431e\u0439\u043De ka\u0434p\u044B\u043D\u044B\u04A3 x:y (4:3, 16:9) apa\u049Bam\u044B\u043Dac\u044B\u043D \u043C\u04D9\u0436\u0431\u04AFp\u043Be\u0439\u0434i, \u0436\u04D9\u043De (x,y) \u044B\u0493\u044Bcy\u043Bap\u044B\u043D \u0431epe\u0434i.",
	 "\u0411\u04B1\u043B \u043F\u0430\u0440\u0430\u043C\u0435\u0442\u0440 \u0431\u0435\u0439\u043D\u0435 \u043A\u0430\u0434\u0440\u044B\u043D\u044B\u04A3 x:y (4:3, 16:9) \u0430\u0440\u0430\u049B\u0430\u0442\u044B\u043D\u0430\u0441\u044B\u043D \u043C\u04D9\u0436\u0431\u04AF\u0440\u043B\u0435\u0439\u0434\u0456, \u0436\u04D9\u043D\u0435 (x,y) \u044B\u0493\u044B\u0441\u0443\u043B\u0430\u0440\u044B\u043D \u0431\u0435\u0440\u0435\u0434\u0456.", ANY},
	{"in lightly obfuscated Kazakh text, two Latin letters after a quote before a Latin name stay Latin (\"ac vlc\": Kazakh has no preposition there)",
	 "\u049A\u0430\u0442\u0435\u043B\u0435\u0440\u0434\u0456 \u0442\u04AF\u0437\u0435\u0442\u0443 \u0442\u04D9\u0441\u0456\u043B\u0434\u0435\u0440\u0456: 8 wmv 32 ac vlc 64 Qpel. \u041C\u044B\u0441\u0430\u043B\u044B, \"ac vlc\" \u043C\u04D9\u043D\u0456\u043D \u0431\u0435\u0440\u0456\u04A3i\u0437, \u0441o\u043D\u0434\u0430 \u0431\u0430\u0440\u043B\u044B\u049B \u043Ao\u0434\u0435\u043A\u0442\u0435\u0440 \u0434\u04B1\u0440\u044B\u0441 \u0436\u04B1\u043C\u044B\u0441 \u0456\u0441\u0442\u0435\u0439\u0434\u0456.",
	 "\u049A\u0430\u0442\u0435\u043B\u0435\u0440\u0434\u0456 \u0442\u04AF\u0437\u0435\u0442\u0443 \u0442\u04D9\u0441\u0456\u043B\u0434\u0435\u0440\u0456: 8 wmv 32 ac vlc 64 Qpel. \u041C\u044B\u0441\u0430\u043B\u044B, \"ac vlc\" \u043C\u04D9\u043D\u0456\u043D \u0431\u0435\u0440\u0456\u04A3\u0456\u0437, \u0441\u043E\u043D\u0434\u0430 \u0431\u0430\u0440\u043B\u044B\u049B \u043A\u043E\u0434\u0435\u043A\u0442\u0435\u0440 \u0434\u04B1\u0440\u044B\u0441 \u0436\u04B1\u043C\u044B\u0441 \u0456\u0441\u0442\u0435\u0439\u0434\u0456.", ANY},
	{"in obfuscated Kazakh text, capital Y is read as its exact twin \u04AE where the Kazakh model reads it so (\u04AE\u0442\u0456\u0440, \u04AE\u043A\u0456\u043C\u0435\u0442)",
	 "Y\u0442ip \u049Bo\u044E epe\u0436e\u043Bepi \u043Ae\u0439i\u043D \u04E9\u0437\u0433ep\u0434i. Y\u043Ai\u043Cem \u0431\u04B1\u043B \u049B\u04B1\u0436amm\u044B \u0431ekimmi.",
	 "\u04AE\u0442\u0456\u0440 \u049B\u043E\u044E \u0435\u0440\u0435\u0436\u0435\u043B\u0435\u0440\u0456 \u043A\u0435\u0439\u0456\u043D \u04E9\u0437\u0433\u0435\u0440\u0434\u0456. \u04AE\u043A\u0456\u043C\u0435\u0442 \u0431\u04B1\u043B \u049B\u04B1\u0436\u0430\u0442\u0442\u044B \u0431\u0435\u043A\u0456\u0442\u0442\u0456.", ANY},
	{"a word with a stray Latin dotless i between Cyrillic letters has its other Latin lookalikes restored, the stray letter left (\u0431\u0430\u0493\u0434\u0430\u0440\u043B\u0430\u043C\u0430\u043D\u0131\u04A3)",
	 "\u0411\u04B1\u043B \u043E\u043F\u0446\u0438\u044F \u0431a\u0493\u0434ap\u043Ba\u043Ca\u043D\u0131\u04A3 \u0442\u0435\u0440\u0435\u0437\u0435\u0441\u0456\u043D \u0436\u0430\u0441\u044B\u0440\u044B\u043F, \u0442\u0435\u043A \u0431\u0435\u043B\u0433\u0456\u0448\u0435\u0441\u0456\u043D \u049B\u0430\u043B\u0434\u044B\u0440\u0430\u0434\u044B.",
	 "\u0411\u04B1\u043B \u043E\u043F\u0446\u0438\u044F \u0431\u0430\u0493\u0434\u0430\u0440\u043B\u0430\u043C\u0430\u043D\u0131\u04A3 \u0442\u0435\u0440\u0435\u0437\u0435\u0441\u0456\u043D \u0436\u0430\u0441\u044B\u0440\u044B\u043F, \u0442\u0435\u043A \u0431\u0435\u043B\u0433\u0456\u0448\u0435\u0441\u0456\u043D \u049B\u0430\u043B\u0434\u044B\u0440\u0430\u0434\u044B.", ANY},
	{"a Latin word opening a sentence of heavily obfuscated Kazakh text before a Latin name is restored (Erep URL: \u0415\u0433\u0435\u0440)",
	 "Kipy \u04AF\u0448i\u043D na\u0439\u0434a\u043Ba\u043Dy\u0448\u044B am\u044B\u043D \u0436\u04D9\u043De \u049B\u04B1n\u0438\u044F c\u04E9\u0437i\u043D e\u043Dri\u0437i\u04A3i\u0437. Cep\u0432ep oc\u044B \u043C\u04D9\u043Bi\u043Cemmep\u0434i mekcepe\u0434i.\n\nErep URL i\u0448i\u043D\u0434e na\u0439\u0434a\u043Ba\u043Dy\u0448\u044B am\u044B op\u043Dam\u044B\u043B\u043Caca, \u049Boc\u044B\u043B\u044B\u043C \u04AF\u0448i\u043D oc\u044B \u043C\u04D9\u043D na\u0439\u0434a\u043Ba\u043D\u044B\u043Ba\u0434\u044B.",
	 "\u041A\u0456\u0440\u0443 \u04AF\u0448\u0456\u043D \u043F\u0430\u0439\u0434\u0430\u043B\u0430\u043D\u0443\u0448\u044B \u0430\u0442\u044B\u043D \u0436\u04D9\u043D\u0435 \u049B\u04B1\u043F\u0438\u044F \u0441\u04E9\u0437\u0456\u043D \u0435\u043D\u0433\u0456\u0437\u0456\u04A3\u0456\u0437. \u0421\u0435\u0440\u0432\u0435\u0440 \u043E\u0441\u044B \u043C\u04D9\u043B\u0456\u043C\u0435\u0442\u0442\u0435\u0440\u0434\u0456 \u0442\u0435\u043A\u0441\u0435\u0440\u0435\u0434\u0456.\n\n\u0415\u0433\u0435\u0440 URL \u0456\u0448\u0456\u043D\u0434\u0435 \u043F\u0430\u0439\u0434\u0430\u043B\u0430\u043D\u0443\u0448\u044B \u0430\u0442\u044B \u043E\u0440\u043D\u0430\u0442\u044B\u043B\u043C\u0430\u0441\u0430, \u049B\u043E\u0441\u044B\u043B\u044B\u043C \u04AF\u0448\u0456\u043D \u043E\u0441\u044B \u043C\u04D9\u043D \u043F\u0430\u0439\u0434\u0430\u043B\u0430\u043D\u044B\u043B\u0430\u0434\u044B.", ANY},
	{"a Latin letter after a slash following a Cyrillic word is the unit of a rate (\u043A\u0431\u0438\u0442/c: \u0441)",
	 "\u0411\u04B1\u043B \u043C\u04D9\u043D \u0431\u0435\u0439\u043D\u0435 \u0430\u0493\u044B\u043D\u044B\u043D\u044B\u04A3 \u0431\u0438\u0442\u0440\u0435\u0439\u0442\u0456\u043D 800 \u043A\u0431\u0438\u0442/c \u0434\u0435\u04A3\u0433\u0435\u0439\u0456\u043D\u0434\u0435 \u04B1\u0441\u0442\u0430\u0439\u0434\u044B, \u0430\u043B \u0430\u0443\u0434\u0438\u043E \u04AF\u0448i\u043D 128 \u043A\u0431\u0438\u0442/c \u0436\u0435\u0442\u043Ai\u043Bi\u043A\u0442i.",
	 "\u0411\u04B1\u043B \u043C\u04D9\u043D \u0431\u0435\u0439\u043D\u0435 \u0430\u0493\u044B\u043D\u044B\u043D\u044B\u04A3 \u0431\u0438\u0442\u0440\u0435\u0439\u0442\u0456\u043D 800 \u043A\u0431\u0438\u0442/\u0441 \u0434\u0435\u04A3\u0433\u0435\u0439\u0456\u043D\u0434\u0435 \u04B1\u0441\u0442\u0430\u0439\u0434\u044B, \u0430\u043B \u0430\u0443\u0434\u0438\u043E \u04AF\u0448\u0456\u043D 128 \u043A\u0431\u0438\u0442/\u0441 \u0436\u0435\u0442\u043A\u0456\u043B\u0456\u043A\u0442\u0456.", ANY},

	{"a Latin acronym of two capitals with a vowel stays Latin in heavily obfuscated Kazakh text, which writes such acronyms with its own letters (IP, not \u0406\u0420)",
	 "\u0411\u04B1\u043B cep\u0432ep\u0434i\u04A3 IP a\u0434peci, o\u043B ap\u049B\u044B\u043B\u044B \u049Boc\u044B\u043B\u044B\u043C op\u043Dam\u044B\u043Ba\u0434\u044B. Cep\u0432ep oc\u044B nopmm\u044B m\u044B\u04A3\u0434a\u0439\u0434\u044B.",
	 "\u0411\u04B1\u043B \u0441\u0435\u0440\u0432\u0435\u0440\u0434\u0456\u04A3 IP \u0430\u0434\u0440\u0435\u0441\u0456, \u043E\u043B \u0430\u0440\u049B\u044B\u043B\u044B \u049B\u043E\u0441\u044B\u043B\u044B\u043C \u043E\u0440\u043D\u0430\u0442\u044B\u043B\u0430\u0434\u044B. \u0421\u0435\u0440\u0432\u0435\u0440 \u043E\u0441\u044B \u043F\u043E\u0440\u0442\u0442\u044B \u0442\u044B\u04A3\u0434\u0430\u0439\u0434\u044B.", ANY},
	{"a Latin name in camel case stays Latin in heavily obfuscated Cyrillic text (MacBook)",
	 "\u0411\u04B1\u043B on\u0446\u0438\u044F mo\u043B\u044B\u049B \u044Dkpa\u043D\u0434a MacBook nep\u043Dema\u049Bmac\u044B\u043D\u044B\u04A3 \u0436ap\u044B\u0493\u044B\u043D \u04E9\u0448ipe\u0434i. Cep\u0432ep oc\u044B nopmm\u044B m\u044B\u04A3\u0434a\u0439\u0434\u044B.",
	 "\u0411\u04B1\u043B \u043E\u043F\u0446\u0438\u044F \u0442\u043E\u043B\u044B\u049B \u044D\u043A\u0440\u0430\u043D\u0434\u0430 MacBook \u043F\u0435\u0440\u043D\u0435\u0442\u0430\u049B\u0442\u0430\u0441\u044B\u043D\u044B\u04A3 \u0436\u0430\u0440\u044B\u0493\u044B\u043D \u04E9\u0448\u0456\u0440\u0435\u0434\u0456. \u0421\u0435\u0440\u0432\u0435\u0440 \u043E\u0441\u044B \u043F\u043E\u0440\u0442\u0442\u044B \u0442\u044B\u04A3\u0434\u0430\u0439\u0434\u044B.", ANY},

	{"a Latin capital H opening a Greek sentence before a Greek word is the article \u0397 in a text that showed substitutions paragraphs before, though the evidence carried from them has decayed",
	 "\u03A4o \u03B1\u03C1\u03C7\u03B5\u03AF\u03BF \u03B4\u03B5\u03BD \u03B2\u03C1\u03AD\u03B8\u03B7\u03BA\u03B5 \u03C3\u03C4\u03BF\u03BD \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF x\u03C1\u03AE\u03C3\u03C4\u03B7.\n\n\u0397 \u03B5\u03C6\u03B1\u03C1\u03BC\u03BF\u03B3\u03AE \u03B4\u03B5\u03BD \u03BC\u03C0\u03BF\u03C1\u03B5\u03AF \u03BD\u03B1 \u03BE\u03B5\u03BA\u03B9\u03BD\u03AE\u03C3\u03B5\u03B9 \u03C4\u03CE\u03C1\u03B1.\n\n\u03A4\u03BF \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1 \u03C4\u03B5\u03C1\u03BC\u03B1\u03C4\u03AF\u03C3\u03C4\u03B7\u03BA\u03B5 \u03BA\u03B1\u03BD\u03BF\u03BD\u03B9\u03BA\u03AC.\n\n\u0391\u03BD\u03BF\u03AF\u03BE\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03C4\u03BF \u03C0\u03B1\u03C1\u03AC\u03B8\u03C5\u03C1\u03BF \u03C1\u03C5\u03B8\u03BC\u03AF\u03C3\u03B5\u03C9\u03BD.\n\nH \u03B5\u03C0\u03B9\u03BB\u03BF\u03B3\u03AE \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B4\u03B9\u03B1\u03B8\u03AD\u03C3\u03B9\u03BC\u03B7 \u03BC\u03CC\u03BD\u03BF \u03B3\u03B9\u03B1 \u03C4\u03BF\u03BD \u03B4\u03B9\u03B1\u03C7\u03B5\u03B9\u03C1\u03B9\u03C3\u03C4\u03AE.",
	 "\u03A4\u03BF \u03B1\u03C1\u03C7\u03B5\u03AF\u03BF \u03B4\u03B5\u03BD \u03B2\u03C1\u03AD\u03B8\u03B7\u03BA\u03B5 \u03C3\u03C4\u03BF\u03BD \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF \u03C7\u03C1\u03AE\u03C3\u03C4\u03B7.\n\n\u0397 \u03B5\u03C6\u03B1\u03C1\u03BC\u03BF\u03B3\u03AE \u03B4\u03B5\u03BD \u03BC\u03C0\u03BF\u03C1\u03B5\u03AF \u03BD\u03B1 \u03BE\u03B5\u03BA\u03B9\u03BD\u03AE\u03C3\u03B5\u03B9 \u03C4\u03CE\u03C1\u03B1.\n\n\u03A4\u03BF \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1 \u03C4\u03B5\u03C1\u03BC\u03B1\u03C4\u03AF\u03C3\u03C4\u03B7\u03BA\u03B5 \u03BA\u03B1\u03BD\u03BF\u03BD\u03B9\u03BA\u03AC.\n\n\u0391\u03BD\u03BF\u03AF\u03BE\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03C4\u03BF \u03C0\u03B1\u03C1\u03AC\u03B8\u03C5\u03C1\u03BF \u03C1\u03C5\u03B8\u03BC\u03AF\u03C3\u03B5\u03C9\u03BD.\n\n\u0397 \u03B5\u03C0\u03B9\u03BB\u03BF\u03B3\u03AE \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B4\u03B9\u03B1\u03B8\u03AD\u03C3\u03B9\u03BC\u03B7 \u03BC\u03CC\u03BD\u03BF \u03B3\u03B9\u03B1 \u03C4\u03BF\u03BD \u03B4\u03B9\u03B1\u03C7\u03B5\u03B9\u03C1\u03B9\u03C3\u03C4\u03AE.", ANY},
	{"the same paragraphs without the substitutions before: a genuine Latin H opening a Greek sentence stays",
	 "\u0397 \u03B5\u03C6\u03B1\u03C1\u03BC\u03BF\u03B3\u03AE \u03B4\u03B5\u03BD \u03BC\u03C0\u03BF\u03C1\u03B5\u03AF \u03BD\u03B1 \u03BE\u03B5\u03BA\u03B9\u03BD\u03AE\u03C3\u03B5\u03B9 \u03C4\u03CE\u03C1\u03B1.\n\n\u03A4\u03BF \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1 \u03C4\u03B5\u03C1\u03BC\u03B1\u03C4\u03AF\u03C3\u03C4\u03B7\u03BA\u03B5 \u03BA\u03B1\u03BD\u03BF\u03BD\u03B9\u03BA\u03AC.\n\n\u0391\u03BD\u03BF\u03AF\u03BE\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03C4\u03BF \u03C0\u03B1\u03C1\u03AC\u03B8\u03C5\u03C1\u03BF \u03C1\u03C5\u03B8\u03BC\u03AF\u03C3\u03B5\u03C9\u03BD.\n\nH \u03B5\u03C0\u03B9\u03BB\u03BF\u03B3\u03AE \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B4\u03B9\u03B1\u03B8\u03AD\u03C3\u03B9\u03BC\u03B7 \u03BC\u03CC\u03BD\u03BF \u03B3\u03B9\u03B1 \u03C4\u03BF\u03BD \u03B4\u03B9\u03B1\u03C7\u03B5\u03B9\u03C1\u03B9\u03C3\u03C4\u03AE.",
	 SAME, ANY},
	{"a Latin capital H opening a Greek sentence stays in a text that showed only invisible characters inside words before (\\u200B), no lookalike: the author's slip (as invisible characters, they turned genuine H in the invisible family's documents into \u0397)",
	 "\u03A4\u03BF \u03B1\u03C1\u03C7\u200B\u03B5\u03AF\u03BF \u03B4\u03B5\u03BD \u03B2\u03C1\u03AD\u03B8\u03B7\u03BA\u03B5 \u03C3\u03C4\u03BF\u03BD \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF \u03C7\u03C1\u03AE\u03C3\u03C4\u03B7.\n\n\u0397 \u03B5\u03C6\u03B1\u03C1\u03BC\u03BF\u03B3\u03AE \u03B4\u03B5\u03BD \u03BC\u03C0\u03BF\u03C1\u03B5\u03AF \u03BD\u03B1 \u03BE\u03B5\u03BA\u03B9\u03BD\u03AE\u03C3\u03B5\u03B9 \u03C4\u03CE\u03C1\u03B1.\n\n\u03A4\u03BF \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1 \u03C4\u03B5\u03C1\u03BC\u03B1\u03C4\u03AF\u03C3\u03C4\u03B7\u03BA\u03B5 \u03BA\u03B1\u03BD\u03BF\u03BD\u03B9\u03BA\u03AC.\n\n\u0391\u03BD\u03BF\u03AF\u03BE\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03C4\u03BF \u03C0\u03B1\u03C1\u03AC\u03B8\u03C5\u03C1\u03BF \u03C1\u03C5\u03B8\u03BC\u03AF\u03C3\u03B5\u03C9\u03BD.\n\nH \u03B5\u03C0\u03B9\u03BB\u03BF\u03B3\u03AE \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B4\u03B9\u03B1\u03B8\u03AD\u03C3\u03B9\u03BC\u03B7 \u03BC\u03CC\u03BD\u03BF \u03B3\u03B9\u03B1 \u03C4\u03BF\u03BD \u03B4\u03B9\u03B1\u03C7\u03B5\u03B9\u03C1\u03B9\u03C3\u03C4\u03AE.",
	 "\u03A4\u03BF \u03B1\u03C1\u03C7\u03B5\u03AF\u03BF \u03B4\u03B5\u03BD \u03B2\u03C1\u03AD\u03B8\u03B7\u03BA\u03B5 \u03C3\u03C4\u03BF\u03BD \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF \u03C7\u03C1\u03AE\u03C3\u03C4\u03B7.\n\n\u0397 \u03B5\u03C6\u03B1\u03C1\u03BC\u03BF\u03B3\u03AE \u03B4\u03B5\u03BD \u03BC\u03C0\u03BF\u03C1\u03B5\u03AF \u03BD\u03B1 \u03BE\u03B5\u03BA\u03B9\u03BD\u03AE\u03C3\u03B5\u03B9 \u03C4\u03CE\u03C1\u03B1.\n\n\u03A4\u03BF \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1 \u03C4\u03B5\u03C1\u03BC\u03B1\u03C4\u03AF\u03C3\u03C4\u03B7\u03BA\u03B5 \u03BA\u03B1\u03BD\u03BF\u03BD\u03B9\u03BA\u03AC.\n\n\u0391\u03BD\u03BF\u03AF\u03BE\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03C4\u03BF \u03C0\u03B1\u03C1\u03AC\u03B8\u03C5\u03C1\u03BF \u03C1\u03C5\u03B8\u03BC\u03AF\u03C3\u03B5\u03C9\u03BD.\n\nH \u03B5\u03C0\u03B9\u03BB\u03BF\u03B3\u03AE \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B4\u03B9\u03B1\u03B8\u03AD\u03C3\u03B9\u03BC\u03B7 \u03BC\u03CC\u03BD\u03BF \u03B3\u03B9\u03B1 \u03C4\u03BF\u03BD \u03B4\u03B9\u03B1\u03C7\u03B5\u03B9\u03C1\u03B9\u03C3\u03C4\u03AE.", ANY},
	{"a Latin o alone between Greek words is the article \u03BF in a text that showed substitutions paragraphs before, though the evidence carried from them has decayed; n and x so stay Latin",
	 "\u03A4\u03BF \u03B1\u03C1\u03C7\u03B5\u03AF\u03BF \u03B4\u03B5\u03BD \u03B2\u03C1\u03AD\u03B8\u03B7\u03BA\u03B5 \u03C3\u03C4\u03BF\u03BD \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF x\u03C1\u03AE\u03C3\u03C4\u03B7.\n\n\u0397 \u03B5\u03C6\u03B1\u03C1\u03BC\u03BF\u03B3\u03AE \u03B4\u03B5\u03BD \u03BC\u03C0\u03BF\u03C1\u03B5\u03AF \u03BD\u03B1 \u03BE\u03B5\u03BA\u03B9\u03BD\u03AE\u03C3\u03B5\u03B9 \u03C4\u03CE\u03C1\u03B1.\n\n\u03A4\u03BF \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1 \u03C4\u03B5\u03C1\u03BC\u03B1\u03C4\u03AF\u03C3\u03C4\u03B7\u03BA\u03B5 \u03BA\u03B1\u03BD\u03BF\u03BD\u03B9\u03BA\u03AC.\n\n\u0391\u03BD\u03BF\u03AF\u03BE\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03C4\u03BF \u03C0\u03B1\u03C1\u03AC\u03B8\u03C5\u03C1\u03BF \u03C1\u03C5\u03B8\u03BC\u03AF\u03C3\u03B5\u03C9\u03BD.\n\n\u039F \u03C7\u03C1\u03CC\u03BD\u03BF\u03C2 \u03C0\u03C1\u03B9\u03BD \u03C4\u03B7\u03BD \u03B1\u03C0\u03CC\u03BA\u03C1\u03C5\u03C8\u03B7 \u03B5\u03BD\u03CC\u03C2 \u03C5\u03C0\u03BF\u03BC\u03B5\u03BD\u03BF\u03CD \u03CC\u03C4\u03B1\u03BD o \u03B4\u03C1\u03BF\u03BC\u03AD\u03B1\u03C2 \u03BA\u03B9\u03BD\u03B5\u03AF\u03C4\u03B1\u03B9 \u03C0\u03C1\u03BF\u03C2 \u03AD\u03BD\u03B1 \u03C5\u03C0\u03BF\u03BC\u03B5\u03BD\u03BF\u03CD.\n\n\u03A4\u03BF \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1 \u03B5\u03BA\u03C4\u03B5\u03BB\u03B5\u03AF n \u03B4\u03B9\u03B5\u03C1\u03B3\u03B1\u03C3\u03AF\u03B5\u03C2 \u03BA\u03AC\u03B8\u03B5 \u03C6\u03BF\u03C1\u03AC, \u03CC\u03C0\u03C9\u03C2 o \u03C0\u03AF\u03BD\u03B1\u03BA\u03B1\u03C2 x \u03B4\u03B5\u03AF\u03C7\u03BD\u03B5\u03B9.",
	 "\u03A4\u03BF \u03B1\u03C1\u03C7\u03B5\u03AF\u03BF \u03B4\u03B5\u03BD \u03B2\u03C1\u03AD\u03B8\u03B7\u03BA\u03B5 \u03C3\u03C4\u03BF\u03BD \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF \u03C7\u03C1\u03AE\u03C3\u03C4\u03B7.\n\n\u0397 \u03B5\u03C6\u03B1\u03C1\u03BC\u03BF\u03B3\u03AE \u03B4\u03B5\u03BD \u03BC\u03C0\u03BF\u03C1\u03B5\u03AF \u03BD\u03B1 \u03BE\u03B5\u03BA\u03B9\u03BD\u03AE\u03C3\u03B5\u03B9 \u03C4\u03CE\u03C1\u03B1.\n\n\u03A4\u03BF \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1 \u03C4\u03B5\u03C1\u03BC\u03B1\u03C4\u03AF\u03C3\u03C4\u03B7\u03BA\u03B5 \u03BA\u03B1\u03BD\u03BF\u03BD\u03B9\u03BA\u03AC.\n\n\u0391\u03BD\u03BF\u03AF\u03BE\u03C4\u03B5 \u03BE\u03B1\u03BD\u03AC \u03C4\u03BF \u03C0\u03B1\u03C1\u03AC\u03B8\u03C5\u03C1\u03BF \u03C1\u03C5\u03B8\u03BC\u03AF\u03C3\u03B5\u03C9\u03BD.\n\n\u039F \u03C7\u03C1\u03CC\u03BD\u03BF\u03C2 \u03C0\u03C1\u03B9\u03BD \u03C4\u03B7\u03BD \u03B1\u03C0\u03CC\u03BA\u03C1\u03C5\u03C8\u03B7 \u03B5\u03BD\u03CC\u03C2 \u03C5\u03C0\u03BF\u03BC\u03B5\u03BD\u03BF\u03CD \u03CC\u03C4\u03B1\u03BD \u03BF \u03B4\u03C1\u03BF\u03BC\u03AD\u03B1\u03C2 \u03BA\u03B9\u03BD\u03B5\u03AF\u03C4\u03B1\u03B9 \u03C0\u03C1\u03BF\u03C2 \u03AD\u03BD\u03B1 \u03C5\u03C0\u03BF\u03BC\u03B5\u03BD\u03BF\u03CD.\n\n\u03A4\u03BF \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1 \u03B5\u03BA\u03C4\u03B5\u03BB\u03B5\u03AF n \u03B4\u03B9\u03B5\u03C1\u03B3\u03B1\u03C3\u03AF\u03B5\u03C2 \u03BA\u03AC\u03B8\u03B5 \u03C6\u03BF\u03C1\u03AC, \u03CC\u03C0\u03C9\u03C2 \u03BF \u03C0\u03AF\u03BD\u03B1\u03BA\u03B1\u03C2 x \u03B4\u03B5\u03AF\u03C7\u03BD\u03B5\u03B9.", ANY},
	{"the same paragraphs without the substitutions before: a Latin o between Greek words stays where its paragraph writes other Latin letters alone (n, x: variables)",
	 "\u03A4\u03BF \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1 \u03B5\u03BA\u03C4\u03B5\u03BB\u03B5\u03AF n \u03B4\u03B9\u03B5\u03C1\u03B3\u03B1\u03C3\u03AF\u03B5\u03C2 \u03BA\u03AC\u03B8\u03B5 \u03C6\u03BF\u03C1\u03AC, \u03CC\u03C0\u03C9\u03C2 o \u03C0\u03AF\u03BD\u03B1\u03BA\u03B1\u03C2 x \u03B4\u03B5\u03AF\u03C7\u03BD\u03B5\u03B9.",
	 SAME, ANY},
	{"in a Greek text that shows no other substitution, a Latin o alone between Greek words or a Latin capital O opening a sentence, the only Latin letter of its paragraph, is the article \u03BF, \u039F (sole_article()); a Latin capital H so stays (the authors' slip)",
	 "\u0395\u03AC\u03BD o \u03C7\u03C1\u03AE\u03C3\u03C4\u03B7\u03C2 \u03B1\u03BB\u03BB\u03AC\u03BE\u03B5\u03B9 \u03C4\u03B7 \u03C1\u03CD\u03B8\u03BC\u03B9\u03C3\u03B7, \u03C4\u03BF \u03C0\u03B1\u03C1\u03AC\u03B8\u03C5\u03C1\u03BF \u03BA\u03BB\u03B5\u03AF\u03BD\u03B5\u03B9.\n\nO \u03BA\u03B1\u03C4\u03AC\u03BB\u03BF\u03B3\u03BF\u03C2 \u03B4\u03B5\u03BD \u03B5\u03AF\u03BD\u03B1\u03B9 \u03BA\u03B5\u03BD\u03CC\u03C2.\n\nH \u03C3\u03CD\u03BD\u03B4\u03B5\u03C3\u03B7 \u03AD\u03BA\u03BB\u03B5\u03B9\u03C3\u03B5.",
	 "\u0395\u03AC\u03BD \u03BF \u03C7\u03C1\u03AE\u03C3\u03C4\u03B7\u03C2 \u03B1\u03BB\u03BB\u03AC\u03BE\u03B5\u03B9 \u03C4\u03B7 \u03C1\u03CD\u03B8\u03BC\u03B9\u03C3\u03B7, \u03C4\u03BF \u03C0\u03B1\u03C1\u03AC\u03B8\u03C5\u03C1\u03BF \u03BA\u03BB\u03B5\u03AF\u03BD\u03B5\u03B9.\n\n\u039F \u03BA\u03B1\u03C4\u03AC\u03BB\u03BF\u03B3\u03BF\u03C2 \u03B4\u03B5\u03BD \u03B5\u03AF\u03BD\u03B1\u03B9 \u03BA\u03B5\u03BD\u03CC\u03C2.\n\nH \u03C3\u03CD\u03BD\u03B4\u03B5\u03C3\u03B7 \u03AD\u03BA\u03BB\u03B5\u03B9\u03C3\u03B5.", ANY},
	{"a Latin o after a comma, before a Latin name that a Greek word follows, is the article \u03BF where the text after it shows substitutions (greek_article_o(): \", o VLC \u03B8\u03B1\")",
	 "\u0391\u03BD \u03B8\u03AD\u03BB\u03B5\u03C4\u03B5 \u03BD\u03B1 \u03C3\u03C4\u03B5\u03AF\u03BB\u03B5\u03C4\u03B5 \u03C4\u03B7 \u03C1\u03BF\u03AE \u03BC\u03CC\u03BD\u03BF \u03C3\u03B5 \u03AD\u03BD\u03B1\u03BD \u03C5\u03C0\u03BF\u03BB\u03BF\u03B3\u03B9\u03C3\u03C4\u03AE, o VLC \u03B8\u03B1 \u03B1\u03BD\u03BF\u03AF\u03BE\u03B5\u03B9 \u03BC\u03CC\u03BD\u03BF\u03C2 \u03C4\u03BF\u03C5 \u03BC\u03B9\u03B1 \u03B8\u03CD\u03C1\u03B1 \u03C4\u03BF\u03C5 \u03B4\u03B9\u03BA\u03C4\u03CD\u03BF\u03C5 \u03C3\u03B1\u03C2.\n\n\u0393\u03B9\u03B1 \u03BD\u03B1 \u03C3\u03C4\u03B1\u03BC\u03B1\u03C4\u03AE\u03C3\u03B5\u03C4\u03B5 \u03C4\u03B7 \u03C1\u03BF\u03AE, \u03C0\u03B1\u03C4\u03AE\u03C3\u03C4\u03B5 \u03C4\u03BF \u03BA\u03BF\u03C5\u03BC\u03C0\u03AF \u0394\u03B9\u03B1\u03BA\u03BF\u03C0\u03AE \u03C3\u03C4\u03BF \u03BA\u03AC\u03C4\u03C9 \u03BC\u03AD\u03C1\u03BF\u03C2 \u03C4\u03BF\u03C5 \u03C0\u03B1\u03C1\u03B1\u03B8\u03CD\u03C1o\u03C5.",
	 "\u0391\u03BD \u03B8\u03AD\u03BB\u03B5\u03C4\u03B5 \u03BD\u03B1 \u03C3\u03C4\u03B5\u03AF\u03BB\u03B5\u03C4\u03B5 \u03C4\u03B7 \u03C1\u03BF\u03AE \u03BC\u03CC\u03BD\u03BF \u03C3\u03B5 \u03AD\u03BD\u03B1\u03BD \u03C5\u03C0\u03BF\u03BB\u03BF\u03B3\u03B9\u03C3\u03C4\u03AE, \u03BF VLC \u03B8\u03B1 \u03B1\u03BD\u03BF\u03AF\u03BE\u03B5\u03B9 \u03BC\u03CC\u03BD\u03BF\u03C2 \u03C4\u03BF\u03C5 \u03BC\u03B9\u03B1 \u03B8\u03CD\u03C1\u03B1 \u03C4\u03BF\u03C5 \u03B4\u03B9\u03BA\u03C4\u03CD\u03BF\u03C5 \u03C3\u03B1\u03C2.\n\n\u0393\u03B9\u03B1 \u03BD\u03B1 \u03C3\u03C4\u03B1\u03BC\u03B1\u03C4\u03AE\u03C3\u03B5\u03C4\u03B5 \u03C4\u03B7 \u03C1\u03BF\u03AE, \u03C0\u03B1\u03C4\u03AE\u03C3\u03C4\u03B5 \u03C4\u03BF \u03BA\u03BF\u03C5\u03BC\u03C0\u03AF \u0394\u03B9\u03B1\u03BA\u03BF\u03C0\u03AE \u03C3\u03C4\u03BF \u03BA\u03AC\u03C4\u03C9 \u03BC\u03AD\u03C1\u03BF\u03C2 \u03C4\u03BF\u03C5 \u03C0\u03B1\u03C1\u03B1\u03B8\u03CD\u03C1\u03BF\u03C5.", ANY},
	{"a Latin o between a Latin name and a Greek word is the article \u03BF where the text after it shows substitutions (greek_article_o(): \"\u03C9\u03C2 ID o \u03B1\u03C1\u03B9\u03B8\u03BC\u03CC\u03C2\")",
	 "\u0391\u03BD \u03BB\u03B5\u03AF\u03C0\u03B5\u03B9 \u03C4\u03BF \u03CC\u03BD\u03BF\u03BC\u03B1, \u03C7\u03C1\u03B7\u03C3\u03B9\u03BC\u03BF\u03C0\u03BF\u03B9\u03B5\u03AF\u03C4\u03B1\u03B9 \u03C9\u03C2 ID o \u03B1\u03C1\u03B9\u03B8\u03BC\u03CC\u03C2 \u03C4\u03B7\u03C2 \u03C3\u03C5\u03C3\u03BA\u03B5\u03C5\u03AE\u03C2.\n\n\u0393\u03B9\u03B1 \u03BD\u03B1 \u03B1\u03BB\u03BB\u03AC\u03BE\u03B5\u03C4\u03B5 \u03C4\u03BF \u03CC\u03BD\u03BF\u03BC\u03B1, \u03B1\u03BD\u03BF\u03AF\u03BE\u03C4\u03B5 \u03C4\u03B9\u03C2 \u03C1\u03C5\u03B8\u03BC\u03AF\u03C3\u03B5\u03B9\u03C2 \u03C4\u03BF\u03C5 \u03C0\u03C1o\u03B3\u03C1\u03AC\u03BC\u03BC\u03B1\u03C4\u03BF\u03C2.",
	 "\u0391\u03BD \u03BB\u03B5\u03AF\u03C0\u03B5\u03B9 \u03C4\u03BF \u03CC\u03BD\u03BF\u03BC\u03B1, \u03C7\u03C1\u03B7\u03C3\u03B9\u03BC\u03BF\u03C0\u03BF\u03B9\u03B5\u03AF\u03C4\u03B1\u03B9 \u03C9\u03C2 ID \u03BF \u03B1\u03C1\u03B9\u03B8\u03BC\u03CC\u03C2 \u03C4\u03B7\u03C2 \u03C3\u03C5\u03C3\u03BA\u03B5\u03C5\u03AE\u03C2.\n\n\u0393\u03B9\u03B1 \u03BD\u03B1 \u03B1\u03BB\u03BB\u03AC\u03BE\u03B5\u03C4\u03B5 \u03C4\u03BF \u03CC\u03BD\u03BF\u03BC\u03B1, \u03B1\u03BD\u03BF\u03AF\u03BE\u03C4\u03B5 \u03C4\u03B9\u03C2 \u03C1\u03C5\u03B8\u03BC\u03AF\u03C3\u03B5\u03B9\u03C2 \u03C4\u03BF\u03C5 \u03C0\u03C1\u03BF\u03B3\u03C1\u03AC\u03BC\u03BC\u03B1\u03C4\u03BF\u03C2.", ANY},
	{"in an obfuscated Greek text a Latin word of two capitals (ME, motion estimation) opening a paragraph that writes no Greek word in capitals is an acronym, not the Greek \u039C\u0395: Greek writes its words so in capitals only in text in capitals",
	 "E\u03C0i\u03BB\u00E9\u03BE\u03C4\u03B5 av \u03B7 \u03B5ik\u00F3va \u03B8a a\u03C0o\u03B8\u03B7k\u03B5\u03CD\u03B5\u03C4ai \u03C3\u03C4ov \u03C6\u00E1k\u03B5\u03BBo \u03C4ou xp\u03AE\u03C3\u03C4\u03B7, \u00F3\u03C4av \u03B7 \u03B5\u03C0i\u03BBo\u03B3\u03AE \u03B5\u00EDvai \u03B5v\u03B5p\u03B3o\u03C0oi\u03B7\u03BC\u00E9v\u03B7.\n\nME vectors \u03B3ia \u03C4\u03B7v k\u00EDv\u03B7\u03C3\u03B7 \u03C4\u03C9v \u03BC\u03C0\u03BBok \u03C3\u03C4a kap\u00E9.\n",
	 "\u0395\u03C0\u03B9\u03BB\u03AD\u03BE\u03C4\u03B5 \u03B1\u03BD \u03B7 \u03B5\u03B9\u03BA\u03CC\u03BD\u03B1 \u03B8\u03B1 \u03B1\u03C0\u03BF\u03B8\u03B7\u03BA\u03B5\u03CD\u03B5\u03C4\u03B1\u03B9 \u03C3\u03C4\u03BF\u03BD \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF \u03C4\u03BF\u03C5 \u03C7\u03C1\u03AE\u03C3\u03C4\u03B7, \u03CC\u03C4\u03B1\u03BD \u03B7 \u03B5\u03C0\u03B9\u03BB\u03BF\u03B3\u03AE \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B5\u03BD\u03B5\u03C1\u03B3\u03BF\u03C0\u03BF\u03B9\u03B7\u03BC\u03AD\u03BD\u03B7.\n\nME vectors \u03B3\u03B9\u03B1 \u03C4\u03B7\u03BD \u03BA\u03AF\u03BD\u03B7\u03C3\u03B7 \u03C4\u03C9\u03BD \u03BC\u03C0\u03BB\u03BF\u03BA \u03C3\u03C4\u03B1 \u03BA\u03B1\u03C1\u03AD.\n", ANY},
	{"the same obfuscation in a paragraph in capitals restores its two-letter word (\u039C\u0395 \u03A4\u0397\u039D \u0395\u03A0\u0399\u039B\u039F\u0393\u0397)",
	 "E\u03C0i\u03BB\u00E9\u03BE\u03C4\u03B5 av \u03B7 \u03B5ik\u00F3va \u03B8a a\u03C0o\u03B8\u03B7k\u03B5\u03CD\u03B5\u03C4ai \u03C3\u03C4ov \u03C6\u00E1k\u03B5\u03BBo \u03C4ou xp\u03AE\u03C3\u03C4\u03B7, \u00F3\u03C4av \u03B7 \u03B5\u03C0i\u03BBo\u03B3\u03AE \u03B5\u00EDvai \u03B5v\u03B5p\u03B3o\u03C0oi\u03B7\u03BC\u00E9v\u03B7.\n\n\u03A0PO\u03A3OXH: ME THN E\u03A0I\u039BO\u0393H AYTH TO APXEIO \u0394EN \u0398A A\u03A0O\u0398HKEYTEI.\n",
	 "\u0395\u03C0\u03B9\u03BB\u03AD\u03BE\u03C4\u03B5 \u03B1\u03BD \u03B7 \u03B5\u03B9\u03BA\u03CC\u03BD\u03B1 \u03B8\u03B1 \u03B1\u03C0\u03BF\u03B8\u03B7\u03BA\u03B5\u03CD\u03B5\u03C4\u03B1\u03B9 \u03C3\u03C4\u03BF\u03BD \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF \u03C4\u03BF\u03C5 \u03C7\u03C1\u03AE\u03C3\u03C4\u03B7, \u03CC\u03C4\u03B1\u03BD \u03B7 \u03B5\u03C0\u03B9\u03BB\u03BF\u03B3\u03AE \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B5\u03BD\u03B5\u03C1\u03B3\u03BF\u03C0\u03BF\u03B9\u03B7\u03BC\u03AD\u03BD\u03B7.\n\n\u03A0\u03A1\u039F\u03A3\u039F\u03A7\u0397: \u039C\u0395 \u03A4\u0397\u039D \u0395\u03A0\u0399\u039B\u039F\u0393\u0397 \u0391\u03A5\u03A4\u0397 \u03A4\u039F \u0391\u03A1\u03A7\u0395\u0399\u039F \u0394\u0395\u039D \u0398\u0391 \u0391\u03A0\u039F\u0398\u0397\u039A\u0395\u03A5\u03A4\u0395\u0399.\n", ANY},
	{"a Greek word with Latin lookalikes glued to a genuine Latin word, the space left out, has its Greek part restored (\u03C0po\u03C1\u03CD\u03B8\u03BCi\u03C3\u03B7pkgsel)",
	 "\u039C\u03C0\u03BF\u03C1\u03B5\u03AF\u03C4\u03B5 \u03BD\u03B1 \u03BA\u03AC\u03BD\u03B5\u03C4\u03B5 \u03C4\u03B7\u03BD \u03C0po\u03C1\u03CD\u03B8\u03BCi\u03C3\u03B7pkgsel/run_tasksel \u03C3\u03C4\u03BF \u03B1\u03C1x\u03B5\u03AF\u03BF \u03C4\u03BF\u03C5 \u03C3\u03C5\u03C3\u03C4\u03AE\u03BC\u03B1\u03C4\u03BF\u03C2.",
	 "\u039C\u03C0\u03BF\u03C1\u03B5\u03AF\u03C4\u03B5 \u03BD\u03B1 \u03BA\u03AC\u03BD\u03B5\u03C4\u03B5 \u03C4\u03B7\u03BD \u03C0\u03C1\u03BF\u03C1\u03CD\u03B8\u03BC\u03B9\u03C3\u03B7pkgsel/run_tasksel \u03C3\u03C4\u03BF \u03B1\u03C1\u03C7\u03B5\u03AF\u03BF \u03C4\u03BF\u03C5 \u03C3\u03C5\u03C3\u03C4\u03AE\u03BC\u03B1\u03C4\u03BF\u03C2.", ANY},
	{"the same glued word written genuinely stays",
	 "\u039C\u03C0\u03BF\u03C1\u03B5\u03AF\u03C4\u03B5 \u03BD\u03B1 \u03BA\u03AC\u03BD\u03B5\u03C4\u03B5 \u03C4\u03B7\u03BD \u03C0\u03C1\u03BF\u03C1\u03CD\u03B8\u03BC\u03B9\u03C3\u03B7pkgsel/run_tasksel \u03C3\u03C4\u03BF \u03B1\u03C1\u03C7\u03B5\u03AF\u03BF \u03C4\u03BF\u03C5 \u03C3\u03C5\u03C3\u03C4\u03AE\u03BC\u03B1\u03C4\u03BF\u03C2.",
	 SAME, ANY},
	{"a Latin capital H opening a quoted title in an obfuscated Greek text is its article (\u00ABH \u03BF\u03B8\u03CC\u03BD\u03B7\u00BB), a capital quoted alone stays (\u00ABX\u00BB)",
	 "\u0394\u03B5\u03AF\u03C4\u03B5 \u03B5\u03C0\u03AF\u03C3\u03B7\u03C2 \u03C4\u03B7\u03BD \u03B5\u03BD\u03CC\u03C4\u03B7\u03C4\u03B1 \u00ABH \u03BF\u03B8\u03CC\u03BD\u03B7 \u03B5\u03BA\u03BA\u03AF\u03BD\u03B7\u03C3\u03B7\u03C2\u00BB \u03B3\u03B9\u03B1 \u03C0\u03BB\u03B7\u03C1\u03BF\u03C6\u03BF\u03C1\u03AF\u03B5\u03C2 \u03C3\u03C7\u03B5\u03C4\u03B9\u03BA\u03AC \u03BC\u03B5 \u03C4o \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1 x\u03C1\u03AE\u03C3\u03C4\u03B7 \u03BA\u03B1\u03B9 \u03C4\u03BF\u03BD \u03AC\u03BE\u03BF\u03BD\u03B1 \u00ABX\u00BB.",
	 "\u0394\u03B5\u03AF\u03C4\u03B5 \u03B5\u03C0\u03AF\u03C3\u03B7\u03C2 \u03C4\u03B7\u03BD \u03B5\u03BD\u03CC\u03C4\u03B7\u03C4\u03B1 \u00AB\u0397 \u03BF\u03B8\u03CC\u03BD\u03B7 \u03B5\u03BA\u03BA\u03AF\u03BD\u03B7\u03C3\u03B7\u03C2\u00BB \u03B3\u03B9\u03B1 \u03C0\u03BB\u03B7\u03C1\u03BF\u03C6\u03BF\u03C1\u03AF\u03B5\u03C2 \u03C3\u03C7\u03B5\u03C4\u03B9\u03BA\u03AC \u03BC\u03B5 \u03C4\u03BF \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1 \u03C7\u03C1\u03AE\u03C3\u03C4\u03B7 \u03BA\u03B1\u03B9 \u03C4\u03BF\u03BD \u03AC\u03BE\u03BF\u03BD\u03B1 \u00ABX\u00BB.", ANY},
	{"in an obfuscated Greek text a lone Latin x between numbers stays (48 x 48: \u03C7 is no Greek word), one of an abbreviation is restored (\u03C0.\u03C7.)",
	 "\u0394\u03B7\u03BC\u03B9\u03BF\u03C5\u03C1\u03B3\u03AF\u03B1 \u03B5\u03B9\u03BA\u03CC\u03BD\u03B1\u03C2 \u03BC\u03B5\u03B3\u03AD\u03B8\u03BF\u03C5\u03C2 48 x 48 \u03B5\u03B9\u03BA\u03BF\u03BD\u03BF\u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1, \u03C0.x. \u03AD\u03BD\u03B1 \u03B5\u03B9\u03BA\u03BF\u03BD\u03AF\u03B4\u03B9\u03BF \u03B3\u03B9\u03B1 \u03C4o \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1 x\u03C1\u03AE\u03C3\u03C4\u03B7.",
	 "\u0394\u03B7\u03BC\u03B9\u03BF\u03C5\u03C1\u03B3\u03AF\u03B1 \u03B5\u03B9\u03BA\u03CC\u03BD\u03B1\u03C2 \u03BC\u03B5\u03B3\u03AD\u03B8\u03BF\u03C5\u03C2 48 x 48 \u03B5\u03B9\u03BA\u03BF\u03BD\u03BF\u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1, \u03C0.\u03C7. \u03AD\u03BD\u03B1 \u03B5\u03B9\u03BA\u03BF\u03BD\u03AF\u03B4\u03B9\u03BF \u03B3\u03B9\u03B1 \u03C4\u03BF \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1 \u03C7\u03C1\u03AE\u03C3\u03C4\u03B7.", ANY},
	{"in an obfuscated Greek text a Latin capital alone next to a Greek capital variable is Greek too (A \u03BA\u03B1\u03B9 \u0394), one on another line stays (\u03C3\u03C5\u03BD\u03C4\u03B5\u03C4\u03B1\u03B3\u03BC\u03AD\u03BD\u03B7 X)",
	 "\u03A4\u03B1 \u03B5\u03B9\u03BA\u03BF\u03BD\u03BF\u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1 \u03B5\u03BD\u03B1\u03BB\u03BB\u03AC\u03C3\u03C3\u03BF\u03BD\u03C4\u03B1\u03B9 \u03BC\u03B5\u03C4\u03B1\u03BE\u03CD A \u03BA\u03B1\u03B9 \u0394 \u03C3\u03B5 \u03BA\u03AC\u03B8\u03B5 \u03C3\u03C4\u03AE\u03BB\u03B7 \u03C4o\u03C5 \u03C0\u03AF\u03BD\u03B1\u03BA\u03B1 x\u03C1\u03AE\u03C3\u03C4\u03B7.\n\u0397 \u03C3\u03C5\u03BD\u03C4\u03B5\u03C4\u03B1\u03B3\u03BC\u03AD\u03BD\u03B7 X \u03C4\u03BF\u03C5 \u03C3\u03B7\u03BC\u03B5\u03AF\u03BF\u03C5 \u03B1\u03BB\u03BB\u03AC\u03B6\u03B5\u03B9.",
	 "\u03A4\u03B1 \u03B5\u03B9\u03BA\u03BF\u03BD\u03BF\u03C3\u03C4\u03BF\u03B9\u03C7\u03B5\u03AF\u03B1 \u03B5\u03BD\u03B1\u03BB\u03BB\u03AC\u03C3\u03C3\u03BF\u03BD\u03C4\u03B1\u03B9 \u03BC\u03B5\u03C4\u03B1\u03BE\u03CD \u0391 \u03BA\u03B1\u03B9 \u0394 \u03C3\u03B5 \u03BA\u03AC\u03B8\u03B5 \u03C3\u03C4\u03AE\u03BB\u03B7 \u03C4\u03BF\u03C5 \u03C0\u03AF\u03BD\u03B1\u03BA\u03B1 \u03C7\u03C1\u03AE\u03C3\u03C4\u03B7.\n\u0397 \u03C3\u03C5\u03BD\u03C4\u03B5\u03C4\u03B1\u03B3\u03BC\u03AD\u03BD\u03B7 X \u03C4\u03BF\u03C5 \u03C3\u03B7\u03BC\u03B5\u03AF\u03BF\u03C5 \u03B1\u03BB\u03BB\u03AC\u03B6\u03B5\u03B9.", ANY},
	{"in an obfuscated Greek text a lone Latin n after a preposition or \u03BA\u03AC\u03B8\u03B5 is a variable, not the article \u03B7 (\u03BA\u03AC\u03B8\u03B5 n \u03C0\u03B1\u03BA\u03AD\u03C4\u03B1, \u03B1\u03C0\u03CC n msec); one after a verb is the article",
	 "\u0395\u03BD\u03B7\u03BC\u03AD\u03C1\u03C9\u03C3\u03B7 \u03C4\u03B7\u03C2 \u03B3\u03C1\u03B1\u03C6\u03B9\u03BA\u03AE\u03C2 \u03C0\u03B1\u03C1\u03AC\u03C3\u03C4\u03B1\u03C3\u03B7\u03C2 \u03BA\u03AC\u03B8\u03B5 n \u03C0\u03B1\u03BA\u03AD\u03C4\u03B1 \u03AE\u03C7\u03BF\u03C5, \u03BC\u03B5\u03C4\u03AC \u03B1\u03C0\u03CC n msec. \u038C\u03C4\u03B1\u03BD \u03B1\u03BB\u03BB\u03AC\u03B6\u03B5\u03B9 n \u03C1\u03CD\u03B8\u03BC\u03B9\u03C3\u03B7, \u03C4o \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1 x\u03C1\u03AE\u03C3\u03C4\u03B7 \u03BE\u03B5\u03BA\u03B9\u03BD\u03AC \u03BE\u03B1\u03BD\u03AC.",
	 "\u0395\u03BD\u03B7\u03BC\u03AD\u03C1\u03C9\u03C3\u03B7 \u03C4\u03B7\u03C2 \u03B3\u03C1\u03B1\u03C6\u03B9\u03BA\u03AE\u03C2 \u03C0\u03B1\u03C1\u03AC\u03C3\u03C4\u03B1\u03C3\u03B7\u03C2 \u03BA\u03AC\u03B8\u03B5 n \u03C0\u03B1\u03BA\u03AD\u03C4\u03B1 \u03AE\u03C7\u03BF\u03C5, \u03BC\u03B5\u03C4\u03AC \u03B1\u03C0\u03CC n msec. \u038C\u03C4\u03B1\u03BD \u03B1\u03BB\u03BB\u03AC\u03B6\u03B5\u03B9 \u03B7 \u03C1\u03CD\u03B8\u03BC\u03B9\u03C3\u03B7, \u03C4\u03BF \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1 \u03C7\u03C1\u03AE\u03C3\u03C4\u03B7 \u03BE\u03B5\u03BA\u03B9\u03BD\u03AC \u03BE\u03B1\u03BD\u03AC.", ANY},
	{"a Greek word with a Latin letter in a list of Greek words whose slashes a space follows is Greek (\u03A0\u03C1\u03BF\u03C2/ K\u03BF\u03B9\u03BD/ \u039A\u03C1\u03C5\u03C6)",
	 "\u0397 \u03B4\u03B9\u03B5\u03CD\u03B8\u03C5\u03BD\u03C3\u03B7 \u03B8\u03B1 \u03B5\u03BC\u03C6\u03B1\u03BD\u03AF\u03B6\u03B5\u03C4\u03B1\u03B9 \u03C3\u03C4\u03B1 \u03C0\u03B5\u03B4\u03AF\u03B1 \u03A0\u03C1\u03BF\u03C2/ K\u03BF\u03B9\u03BD/ \u039A\u03C1\u03C5\u03C6.\u039A\u03BF\u03B9\u03BD.",
	 "\u0397 \u03B4\u03B9\u03B5\u03CD\u03B8\u03C5\u03BD\u03C3\u03B7 \u03B8\u03B1 \u03B5\u03BC\u03C6\u03B1\u03BD\u03AF\u03B6\u03B5\u03C4\u03B1\u03B9 \u03C3\u03C4\u03B1 \u03C0\u03B5\u03B4\u03AF\u03B1 \u03A0\u03C1\u03BF\u03C2/ \u039A\u03BF\u03B9\u03BD/ \u039A\u03C1\u03C5\u03C6.\u039A\u03BF\u03B9\u03BD.", ANY},
	{"in a heavily obfuscated Greek text a capitalised Latin name inside a sentence stays (\u03C4\u03BF Expo)",
	 "Pu\u03B8\u03BC\u00ED\u03C3\u03B5i\u03C2 \u03C4\u03B7\u03C2 \u03B5\u03C0i\u03C6\u03AC\u03BD\u03B5ia\u03C2 \u03B5\u03C1\u03B3\u03B1\u03C3\u00ED\u03B1\u03C2 kai \u03C4\u03C9v \u03C0ap\u03B1\u03B8\u03CD\u03C1\u03C9v \u03C4o\u03C5 \u03C3\u03C5\u03C3\u03C4\u03AE\u03BC\u03B1\u03C4\u03BF\u03C2\n\nE\u03C0i\u03BB\u03AD\u03BE\u03C4\u03B5 \u03C0\u00F3\u03C3\u03B5\u03C2 \u03B5\u03C0i\u03C6\u00E1\u03BD\u03B5i\u03B5\u03C2 \u03B5\u03C1\u03B3\u03B1\u03C3\u03AF\u03B1\u03C2 \u03B8\u00E9\u03BB\u03B5\u03C4\u03B5 \u03BD\u03B1 xp\u03B7\u03C3i\u03BCo\u03C0o\u03B9\u03B5\u00ED \u03C4o \u03C0\u03C1\u03CC\u03B3p\u03B1\u03BC\u03BCa\n\nK\u00E1v\u03C4\u03B5 \u03BA\u03BB\u03B9\u03BA \u03C3\u03C4\u03BF kou\u03BC\u03C0\u03AF \u03AE \u03BC\u03B5\u03C4a\u03BAi\u03BD\u03AE\u03C3\u03C4\u03B5 \u03C4\u03BFv k\u00E9p\u03C3o\u03C1a \u03C3\u03C4\u03B7 \u03B3\u03C9\u03BD\u00EDa \u03B3ia va \u03B5\u03BD\u03B5\u03C1\u03B3o\u03C0oi\u03AE\u03C3\u03B5\u03C4\u03B5 \u03C4\u03BF Expo\n",
	 "\u03A1\u03C5\u03B8\u03BC\u03AF\u03C3\u03B5\u03B9\u03C2 \u03C4\u03B7\u03C2 \u03B5\u03C0\u03B9\u03C6\u03AC\u03BD\u03B5\u03B9\u03B1\u03C2 \u03B5\u03C1\u03B3\u03B1\u03C3\u03AF\u03B1\u03C2 \u03BA\u03B1\u03B9 \u03C4\u03C9\u03BD \u03C0\u03B1\u03C1\u03B1\u03B8\u03CD\u03C1\u03C9\u03BD \u03C4\u03BF\u03C5 \u03C3\u03C5\u03C3\u03C4\u03AE\u03BC\u03B1\u03C4\u03BF\u03C2\n\n\u0395\u03C0\u03B9\u03BB\u03AD\u03BE\u03C4\u03B5 \u03C0\u03CC\u03C3\u03B5\u03C2 \u03B5\u03C0\u03B9\u03C6\u03AC\u03BD\u03B5\u03B9\u03B5\u03C2 \u03B5\u03C1\u03B3\u03B1\u03C3\u03AF\u03B1\u03C2 \u03B8\u03AD\u03BB\u03B5\u03C4\u03B5 \u03BD\u03B1 \u03C7\u03C1\u03B7\u03C3\u03B9\u03BC\u03BF\u03C0\u03BF\u03B9\u03B5\u03AF \u03C4\u03BF \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1\n\n\u039A\u03AC\u03BD\u03C4\u03B5 \u03BA\u03BB\u03B9\u03BA \u03C3\u03C4\u03BF \u03BA\u03BF\u03C5\u03BC\u03C0\u03AF \u03AE \u03BC\u03B5\u03C4\u03B1\u03BA\u03B9\u03BD\u03AE\u03C3\u03C4\u03B5 \u03C4\u03BF\u03BD \u03BA\u03AD\u03C1\u03C3\u03BF\u03C1\u03B1 \u03C3\u03C4\u03B7 \u03B3\u03C9\u03BD\u03AF\u03B1 \u03B3\u03B9\u03B1 \u03BD\u03B1 \u03B5\u03BD\u03B5\u03C1\u03B3\u03BF\u03C0\u03BF\u03B9\u03AE\u03C3\u03B5\u03C4\u03B5 \u03C4\u03BF Expo\n", ANY},
	{"in an obfuscated Greek text a Latin acronym without a Latin vowel stays (MH, HTTP), while a Latin word in capitals is Greek in a paragraph that writes Greek capitals (EYPETHPIO next to \u0393KPIZA)",
	 "\u039F \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF\u03C2 \u03B1\u03BB\u03BB\u03B7\u03BB\u03BF\u03B3\u03C1\u03B1\u03C6\u03AF\u03B1\u03C2 MH \u03B4\u03B5\u03BD \u03BC\u03C0\u03BF\u03C1\u03B5\u03AF \u03BD\u03B1 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03BA\u03B5\u03BD\u03CC\u03C2. \u03A3\u03CD\u03BD\u03B4\u03B5\u03C3\u03B7 \u03BC\u03B5 \u03C0\u03C1\u03CC\u03C3\u03B2\u03B1\u03C3\u03B7 HTTP \u03B1\u03BD\u03C4\u03AF \u03B3\u03B9\u03B1 \u03C4o \u03C0\u03C1\u03C9\u03C4\u03CC\u03BA\u03BF\u03BB\u03BBo x\u03C1\u03AE\u03C3\u03C4\u03B7.\n\n\u03A3\u03C5\u03B3\u03BD\u03CE\u03BC\u03B7, \u03BC\u03C0o\u03C1o\u03CD\u03BD \u03BD\u03B1 \u03B5\u03BE\u03B1\u03C7\u03B8o\u03CD\u03BD \u03BC\u03CC\u03BDo \u03B5\u03B9\u03BA\u03CC\u03BD\u03B5\u03C2 A\u03A0O EYPETHPIO \u03AE \u0393KPIZA K\u039BIMAKA.",
	 "\u039F \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF\u03C2 \u03B1\u03BB\u03BB\u03B7\u03BB\u03BF\u03B3\u03C1\u03B1\u03C6\u03AF\u03B1\u03C2 MH \u03B4\u03B5\u03BD \u03BC\u03C0\u03BF\u03C1\u03B5\u03AF \u03BD\u03B1 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03BA\u03B5\u03BD\u03CC\u03C2. \u03A3\u03CD\u03BD\u03B4\u03B5\u03C3\u03B7 \u03BC\u03B5 \u03C0\u03C1\u03CC\u03C3\u03B2\u03B1\u03C3\u03B7 HTTP \u03B1\u03BD\u03C4\u03AF \u03B3\u03B9\u03B1 \u03C4\u03BF \u03C0\u03C1\u03C9\u03C4\u03CC\u03BA\u03BF\u03BB\u03BB\u03BF \u03C7\u03C1\u03AE\u03C3\u03C4\u03B7.\n\n\u03A3\u03C5\u03B3\u03BD\u03CE\u03BC\u03B7, \u03BC\u03C0\u03BF\u03C1\u03BF\u03CD\u03BD \u03BD\u03B1 \u03B5\u03BE\u03B1\u03C7\u03B8\u03BF\u03CD\u03BD \u03BC\u03CC\u03BD\u03BF \u03B5\u03B9\u03BA\u03CC\u03BD\u03B5\u03C2 \u0391\u03A0\u039F \u0395\u03A5\u03A1\u0395\u03A4\u0397\u03A1\u0399\u039F \u03AE \u0393\u039A\u03A1\u0399\u0396\u0391 \u039A\u039B\u0399\u039C\u0391\u039A\u0391.", ANY},
	{"in a heavily obfuscated Greek text a Latin word before a dot and an ASCII letter (app.quit) or after a dot that follows a space (.exe) stays Latin",
	 "To apx\u03B5\u00EDo .exe \u03B5\u00EDvai \u00E1kupo \u03AE ka\u03C4\u03B5\u03C3\u03C4pa\u03BC\u03BC\u00E9vo kai \u03B4\u03B5v \u03BC\u03C0op\u03B5\u00ED va avo\u00ED\u03BE\u03B5i.\n\nH \u03B5v\u00E9p\u03B3\u03B5ia \u03C0ou \u03B8a \u03B5k\u03C4\u03B5\u03BB\u03B5\u03C3\u03C4\u03B5\u00ED \u03B5\u00EDvai \u03C4o app.quit \u03C4ou \u03C0po\u03B3p\u00E1\u03BC\u03BCa\u03C4o\u03C2.\n",
	 "\u03A4\u03BF \u03B1\u03C1\u03C7\u03B5\u03AF\u03BF .exe \u03B5\u03AF\u03BD\u03B1\u03B9 \u03AC\u03BA\u03C5\u03C1\u03BF \u03AE \u03BA\u03B1\u03C4\u03B5\u03C3\u03C4\u03C1\u03B1\u03BC\u03BC\u03AD\u03BD\u03BF \u03BA\u03B1\u03B9 \u03B4\u03B5\u03BD \u03BC\u03C0\u03BF\u03C1\u03B5\u03AF \u03BD\u03B1 \u03B1\u03BD\u03BF\u03AF\u03BE\u03B5\u03B9.\n\n\u0397 \u03B5\u03BD\u03AD\u03C1\u03B3\u03B5\u03B9\u03B1 \u03C0\u03BF\u03C5 \u03B8\u03B1 \u03B5\u03BA\u03C4\u03B5\u03BB\u03B5\u03C3\u03C4\u03B5\u03AF \u03B5\u03AF\u03BD\u03B1\u03B9 \u03C4\u03BF app.quit \u03C4\u03BF\u03C5 \u03C0\u03C1\u03BF\u03B3\u03C1\u03AC\u03BC\u03BC\u03B1\u03C4\u03BF\u03C2.\n", ANY},
	{"in an obfuscated Greek text a Latin word with an acute accent whose letters all read Greek is the Greek word with its tonos (\u00E9va, v\u00E9o), while caf\u00E9 stays",
	 "\u03A5\u03C0\u03AC\u03C1\u03C7\u03B5\u03B9 \u03AE\u03B4\u03B7 \u00E9va \u03B1\u03C1\u03C7\u03B5\u03AFo \u03BC\u03B5 \u03B1\u03C5\u03C4\u03CC \u03C4o \u03CC\u03BDo\u03BC\u03B1. \u0395\u03B9\u03C3\u03AC\u03B3\u03B5\u03C4\u03B5 v\u00E9o \u03BA\u03C9\u03B4\u03B9\u03BA\u03CC \u03B3\u03B9\u03B1 \u03C4o caf\u00E9 x\u03C1\u03AE\u03C3\u03C4\u03B7.",
	 "\u03A5\u03C0\u03AC\u03C1\u03C7\u03B5\u03B9 \u03AE\u03B4\u03B7 \u03AD\u03BD\u03B1 \u03B1\u03C1\u03C7\u03B5\u03AF\u03BF \u03BC\u03B5 \u03B1\u03C5\u03C4\u03CC \u03C4\u03BF \u03CC\u03BD\u03BF\u03BC\u03B1. \u0395\u03B9\u03C3\u03AC\u03B3\u03B5\u03C4\u03B5 \u03BD\u03AD\u03BF \u03BA\u03C9\u03B4\u03B9\u03BA\u03CC \u03B3\u03B9\u03B1 \u03C4\u03BF caf\u00E9 \u03C7\u03C1\u03AE\u03C3\u03C4\u03B7.", ANY},
	{"in an obfuscated Greek text a Latin word in capitals whose Greek reading is a Greek word and whose Latin one no English word is Greek (APXEIO, MENOY), and so is one English has too next to a Greek word in capitals (\u039C\u0395 TO), while IMAP and MIME stay",
	 "\u03A4\u03BF APXEIO \u03B4\u03B5\u03BD \u03B2\u03C1\u03AD\u03B8\u03B7\u03BA\u03B5 \u03C3\u03C4o \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF \u03C4\u03BF\u03C5 IMAP \u03BC\u03B5 \u03C4\u03CD\u03C0\u03BF MIME, \u03BF\u03CD\u03C4\u03B5 \u03C4o MENOY.\n\n\u0395\u03C0\u03B9\u03BB\u03AD\u03BE\u03C4\u03B5 \u03A3\u03A5\u0393\u039A\u03A1\u0399\u03A3\u0397 \u039C\u0395 TO \u03A0\u03A1\u039F\u0397\u0393\u039F\u03A5\u039C\u0395\u039D\u039F.",
	 "\u03A4\u03BF \u0391\u03A1\u03A7\u0395\u0399\u039F \u03B4\u03B5\u03BD \u03B2\u03C1\u03AD\u03B8\u03B7\u03BA\u03B5 \u03C3\u03C4\u03BF \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF \u03C4\u03BF\u03C5 IMAP \u03BC\u03B5 \u03C4\u03CD\u03C0\u03BF MIME, \u03BF\u03CD\u03C4\u03B5 \u03C4\u03BF \u039C\u0395\u039D\u039F\u03A5.\n\n\u0395\u03C0\u03B9\u03BB\u03AD\u03BE\u03C4\u03B5 \u03A3\u03A5\u0393\u039A\u03A1\u0399\u03A3\u0397 \u039C\u0395 \u03A4\u039F \u03A0\u03A1\u039F\u0397\u0393\u039F\u03A5\u039C\u0395\u039D\u039F.", ANY},
	{"in an obfuscated Greek text a Latin capital that is the article H or O before a Greek word in capitals is Greek (H \u03A3\u03A5\u039D\u0394\u0395\u03A3\u0397, \u039F\u03A4\u0391\u039D O \u0394\u0395\u0399\u039A\u03A4\u0397\u03A3), and so is a Greek word in capitals after the underscore of an access key (_MENOY), while the axis X stays",
	 "\u03A4\u03BF \u03B1\u03C1\u03C7\u03B5\u03AF\u03BF \u03B4\u03B5\u03BD \u03B2\u03C1\u03AD\u03B8\u03B7\u03BA\u03B5 \u03C3\u03C4o \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF.\n\nH \u03A3\u03A5\u039D\u0394\u0395\u03A3\u0397 \u0391\u03A0\u0395\u03A4\u03A5\u03A7\u0395 \u039F\u03A4\u0391\u039D O \u0394\u0395\u0399\u039A\u03A4\u0397\u03A3 \u0397\u03A4\u0391\u039D \u0395\u039A\u0395\u0399, \u039D\u0391 \u0391\u03A0\u039F\u0398\u0397\u039A\u0395\u03A5\u039F\u039D\u03A4\u0391\u0399 _MENOY \u039A\u0391\u0399 \u0391\u039E\u039F\u039D\u0391\u03A3 X.\n",
	 "\u03A4\u03BF \u03B1\u03C1\u03C7\u03B5\u03AF\u03BF \u03B4\u03B5\u03BD \u03B2\u03C1\u03AD\u03B8\u03B7\u03BA\u03B5 \u03C3\u03C4\u03BF \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF.\n\n\u0397 \u03A3\u03A5\u039D\u0394\u0395\u03A3\u0397 \u0391\u03A0\u0395\u03A4\u03A5\u03A7\u0395 \u039F\u03A4\u0391\u039D \u039F \u0394\u0395\u0399\u039A\u03A4\u0397\u03A3 \u0397\u03A4\u0391\u039D \u0395\u039A\u0395\u0399, \u039D\u0391 \u0391\u03A0\u039F\u0398\u0397\u039A\u0395\u03A5\u039F\u039D\u03A4\u0391\u0399 _\u039C\u0395\u039D\u039F\u03A5 \u039A\u0391\u0399 \u0391\u039E\u039F\u039D\u0391\u03A3 X.\n", ANY},
	{"in an obfuscated Greek text a Latin word of small letters that the Greek dictionary knows and English does not is Greek between two Latin names too (partman-auto-recipe.txt kai partman-auto-raid-recipe.txt)",
	 "\u0393\u03B9\u03B1 \u03C0\u03B5\u03C1\u03B9\u03C3\u03C3\u03CC\u03C4\u03B5\u03C1\u03B5\u03C2 \u03BB\u03B5\u03C0\u03C4o\u03BC\u03AD\u03C1\u03B5\u03B9\u03B5\u03C2 \u03B4\u03B5\u03AF\u03C4\u03B5 \u03C4\u03B1 \u03B1\u03C1\u03C7\u03B5\u03AF\u03B1 partman-auto-recipe.txt kai partman-auto-raid-recipe.txt \u03C3\u03C4\u03BF \u03C0\u03B1\u03BA\u03AD\u03C4\u03BF debian-installer.",
	 "\u0393\u03B9\u03B1 \u03C0\u03B5\u03C1\u03B9\u03C3\u03C3\u03CC\u03C4\u03B5\u03C1\u03B5\u03C2 \u03BB\u03B5\u03C0\u03C4\u03BF\u03BC\u03AD\u03C1\u03B5\u03B9\u03B5\u03C2 \u03B4\u03B5\u03AF\u03C4\u03B5 \u03C4\u03B1 \u03B1\u03C1\u03C7\u03B5\u03AF\u03B1 partman-auto-recipe.txt \u03BA\u03B1\u03B9 partman-auto-raid-recipe.txt \u03C3\u03C4\u03BF \u03C0\u03B1\u03BA\u03AD\u03C4\u03BF debian-installer.", ANY},
	{"in an obfuscated Greek text a Latin word in capitals beside Greek words in capitals stays Latin when the Greek dictionary does not know its Greek reading (MYPAINT, OPENTYPE)",
	 "\u03A4\u03BF \u03B1\u03C1\u03C7\u03B5\u03AF\u03BF \u03B4\u03B5\u03BD \u03B2\u03C1\u03AD\u03B8\u03B7\u03BA\u03B5 \u03C3\u03C4o \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF.\n\nENEP\u0393O\u03A0OIH\u03A3H TOY EP\u0393A\u039BEIOY \u03A0INE\u039BOY MYPAINT (BA\u03A6HMOY) \u039A\u0391\u0399 \u03A4\u0397\u03A3 \u0393\u03A1\u0391\u039C\u039C\u0391\u03A4\u039F\u03A3\u0395\u0399\u03A1\u0391\u03A3 OPENTYPE.\n",
	 "\u03A4\u03BF \u03B1\u03C1\u03C7\u03B5\u03AF\u03BF \u03B4\u03B5\u03BD \u03B2\u03C1\u03AD\u03B8\u03B7\u03BA\u03B5 \u03C3\u03C4\u03BF \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF.\n\n\u0395\u039D\u0395\u03A1\u0393\u039F\u03A0\u039F\u0399\u0397\u03A3\u0397 \u03A4\u039F\u03A5 \u0395\u03A1\u0393\u0391\u039B\u0395\u0399\u039F\u03A5 \u03A0\u0399\u039D\u0395\u039B\u039F\u03A5 MYPAINT (\u0392\u0391\u03A6\u0397\u039C\u039F\u03A5) \u039A\u0391\u0399 \u03A4\u0397\u03A3 \u0393\u03A1\u0391\u039C\u039C\u0391\u03A4\u039F\u03A3\u0395\u0399\u03A1\u0391\u03A3 OPENTYPE.\n", ANY},
	{"in an obfuscated Greek text a Latin word of one or two letters whose Greek reading is a Greek word is Greek on a line that writes Greek in capitals a few words off, words in capitals between (TO GIF \u03A5\u03A0\u039F\u03A3\u03A4\u0397\u03A1\u0399\u0396\u0395\u0399, AN TO GTK+ \u0398\u0391, \u0391\u039D\u03A4\u0399\u039A\u0395\u0399\u039C\u0395\u039D\u039F\u03A5 H KOMBOY), not a capital alone ending its line (\u03A0\u039B\u0397\u039A\u03A4\u03A1\u039F\u03A5 O)",
	 "To apxeio \u03B4\u03B5v \u03B2p\u03AD\u03B8\u03B7ke \u03C3\u03C4o \u03C6\u03ACk\u03B5\u03BBo kai \u03B7 p\u03CD\u03B8\u03BCi\u03C3\u03B7 \u03B4\u03B5v \u03B1\u03BB\u03BB\u03AC\u03B6\u03B5\u03B9.\nTO GIF \u03A5\u03A0\u039F\u03A3\u03A4\u0397\u03A1\u0399\u0396\u0395\u0399 \u0391\u039A\u03A1\u0399\u0392\u0395\u0399\u0391 \u0395\u039A\u0391\u03A4\u039F\u03A3\u03A4\u03A9\u039D.\nAN TO GTK+ \u0398\u0391 \u0398\u03A5\u039C\u0391\u03A4\u0391\u0399 \u03A4\u0391 \u03A0\u03A1\u039F\u03A3\u03A6\u0391\u03A4\u0391 \u0391\u03A1\u03A7\u0395\u0399\u0391.\n\u0395\u03A0\u0399\u039B\u039F\u0393\u0397 ANTIKEIMENOY H KOMBOY\nKATEY\u0398YN\u03A3H \u03A4\u0397\u03A3 \u03A0\u0397\u0393\u0397\u03A3 \u03A3\u03A4\u039F X\u03A9PO XYZ\nANOI\u0393MA \u03A0\u039BHKTPOY O\n",
	 "\u03A4\u03BF \u03B1\u03C1\u03C7\u03B5\u03B9\u03BF \u03B4\u03B5\u03BD \u03B2\u03C1\u03AD\u03B8\u03B7\u03BA\u03B5 \u03C3\u03C4\u03BF \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF \u03BA\u03B1\u03B9 \u03B7 \u03C1\u03CD\u03B8\u03BC\u03B9\u03C3\u03B7 \u03B4\u03B5\u03BD \u03B1\u03BB\u03BB\u03AC\u03B6\u03B5\u03B9.\n\u03A4\u039F GIF \u03A5\u03A0\u039F\u03A3\u03A4\u0397\u03A1\u0399\u0396\u0395\u0399 \u0391\u039A\u03A1\u0399\u0392\u0395\u0399\u0391 \u0395\u039A\u0391\u03A4\u039F\u03A3\u03A4\u03A9\u039D.\n\u0391\u039D \u03A4\u039F GTK+ \u0398\u0391 \u0398\u03A5\u039C\u0391\u03A4\u0391\u0399 \u03A4\u0391 \u03A0\u03A1\u039F\u03A3\u03A6\u0391\u03A4\u0391 \u0391\u03A1\u03A7\u0395\u0399\u0391.\n\u0395\u03A0\u0399\u039B\u039F\u0393\u0397 \u0391\u039D\u03A4\u0399\u039A\u0395\u0399\u039C\u0395\u039D\u039F\u03A5 \u0397 \u039A\u039F\u039C\u0392\u039F\u03A5\n\u039A\u0391\u03A4\u0395\u03A5\u0398\u03A5\u039D\u03A3\u0397 \u03A4\u0397\u03A3 \u03A0\u0397\u0393\u0397\u03A3 \u03A3\u03A4\u039F \u03A7\u03A9\u03A1\u039F XYZ\n\u0391\u039D\u039F\u0399\u0393\u039C\u0391 \u03A0\u039B\u0397\u039A\u03A4\u03A1\u039F\u03A5 O\n", ANY},
	{"in a heavily obfuscated Greek text a Latin word in capitals of three letters beside Greek words in capitals stays Latin when the Greek dictionary does not know its Greek reading (\u03A7\u03A9\u03A1\u039F XYZ)",
	 "To apxeio \u03B4\u03B5v \u03B2p\u03AD\u03B8\u03B7ke \u03C3\u03C4o \u03C6\u03ACk\u03B5\u03BBo kai \u03B7 p\u03CD\u03B8\u03BCi\u03C3\u03B7 \u03B4\u03B5v \u03B1\u03BB\u03BB\u03AC\u03B6\u03B5\u03B9.\n\nKATEY\u0398YN\u03A3H Z TH\u03A3 \u03A0H\u0393H\u03A3 \u03A6\u03A9TO\u03A3 \u03A3TO X\u03A9PO XYZ\n",
	 "\u03A4\u03BF \u03B1\u03C1\u03C7\u03B5\u03B9\u03BF \u03B4\u03B5\u03BD \u03B2\u03C1\u03AD\u03B8\u03B7\u03BA\u03B5 \u03C3\u03C4\u03BF \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF \u03BA\u03B1\u03B9 \u03B7 \u03C1\u03CD\u03B8\u03BC\u03B9\u03C3\u03B7 \u03B4\u03B5\u03BD \u03B1\u03BB\u03BB\u03AC\u03B6\u03B5\u03B9.\n\n\u039A\u0391\u03A4\u0395\u03A5\u0398\u03A5\u039D\u03A3\u0397 Z \u03A4\u0397\u03A3 \u03A0\u0397\u0393\u0397\u03A3 \u03A6\u03A9\u03A4\u039F\u03A3 \u03A3\u03A4\u039F \u03A7\u03A9\u03A1\u039F XYZ\n", ANY},
	{"in an obfuscated Greek text a Latin name in capitals stays Latin beside Greek capitals though the Greek dictionary lists it as a name (TOM, IAN), and so does an English word with v whose Greek reading is a Greek word (via)",
	 "To apxeio \u03B4\u03B5v \u03B2p\u03AD\u03B8\u03B7ke \u03C3\u03C4o \u03C6\u03ACk\u03B5\u03BBo kai \u03B7 p\u03CD\u03B8\u03BCi\u03C3\u03B7 \u03B4\u03B5v \u03B1\u03BB\u03BB\u03AC\u03B6\u03B5\u03B9.\n\n\u0395\u03A5\u03A7\u0391\u03A1\u0399\u03A3\u03A4\u0399\u0395\u03A3 \u03A3\u03A4\u039F\u039D TOM \u039A\u0391\u0399 \u03A3\u03A4\u039F\u039D IAN\n\n\u0397 \u03C3\u03CD\u03BD\u03B4\u03B5\u03C3\u03B7 \u03BC\u03B5 \u03C4\u03BF config.txt \u03B3\u03AF\u03BD\u03B5\u03C4\u03B1\u03B9 via \u03C4\u03BF \u03B4\u03AF\u03BA\u03C4\u03C5\u03BF.\n",
	 "\u03A4\u03BF \u03B1\u03C1\u03C7\u03B5\u03B9\u03BF \u03B4\u03B5\u03BD \u03B2\u03C1\u03AD\u03B8\u03B7\u03BA\u03B5 \u03C3\u03C4\u03BF \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF \u03BA\u03B1\u03B9 \u03B7 \u03C1\u03CD\u03B8\u03BC\u03B9\u03C3\u03B7 \u03B4\u03B5\u03BD \u03B1\u03BB\u03BB\u03AC\u03B6\u03B5\u03B9.\n\n\u0395\u03A5\u03A7\u0391\u03A1\u0399\u03A3\u03A4\u0399\u0395\u03A3 \u03A3\u03A4\u039F\u039D TOM \u039A\u0391\u0399 \u03A3\u03A4\u039F\u039D IAN\n\n\u0397 \u03C3\u03CD\u03BD\u03B4\u03B5\u03C3\u03B7 \u03BC\u03B5 \u03C4\u03BF config.txt \u03B3\u03AF\u03BD\u03B5\u03C4\u03B1\u03B9 via \u03C4\u03BF \u03B4\u03AF\u03BA\u03C4\u03C5\u03BF.\n", ANY},
	{"in an obfuscated Greek text with genuine Latin words a capitalised Latin word opening a sentence whose Greek reading is a Greek word is Greek though English knows it as a name (Mia, \u03BC\u03B9\u03B1)",
	 "\u0397 p\u03CD\u03B8\u03BC\u03B9\u03C3\u03B7 \u03C4o\u03C5 preseed \u03BC\u03B5 initrd \u03B3\u03AF\u03BD\u03B5\u03C4\u03B1\u03B9 \u03C3\u03C4\u03B7\u03BD \u03B1p\u03C7\u03AE \u03C4\u03B7\u03C2 \u03B5\u03B3\u03BA\u03B1\u03C4\u03AC\u03C3\u03C4\u03B1\u03C3\u03B7\u03C2.\nMia \u03C3\u03B7\u03BC\u03B1\u03BD\u03C4\u03B9\u03BA\u03AE \u03B4\u03B9\u03B1\u03C6\u03BF\u03C1\u03AC \u03B5\u03AF\u03BD\u03B1\u03B9 \u03C4\u03BF \u03C3\u03B7\u03BC\u03B5\u03AF\u03BF \u03C4\u03B7\u03C2 \u03C6\u03CC\u03C1\u03C4\u03C9\u03C3\u03B7\u03C2.\n",
	 "\u0397 \u03C1\u03CD\u03B8\u03BC\u03B9\u03C3\u03B7 \u03C4\u03BF\u03C5 preseed \u03BC\u03B5 initrd \u03B3\u03AF\u03BD\u03B5\u03C4\u03B1\u03B9 \u03C3\u03C4\u03B7\u03BD \u03B1\u03C1\u03C7\u03AE \u03C4\u03B7\u03C2 \u03B5\u03B3\u03BA\u03B1\u03C4\u03AC\u03C3\u03C4\u03B1\u03C3\u03B7\u03C2.\n\u039C\u03B9\u03B1 \u03C3\u03B7\u03BC\u03B1\u03BD\u03C4\u03B9\u03BA\u03AE \u03B4\u03B9\u03B1\u03C6\u03BF\u03C1\u03AC \u03B5\u03AF\u03BD\u03B1\u03B9 \u03C4\u03BF \u03C3\u03B7\u03BC\u03B5\u03AF\u03BF \u03C4\u03B7\u03C2 \u03C6\u03CC\u03C1\u03C4\u03C9\u03C3\u03B7\u03C2.\n", ANY},
	{"Greek words with Latin letters on both sides of a slash are Greek, not a Latin path (\u03C3_\u03C4\u00F3xo\u03C5/\u03C4a\u03C5\u03C4\u03CC\u03C4\u03B7\u03C4\u03B1, \u03A0po\u03C2/ Ko\u03B9v/ K\u03C1u\u03C6)",
	 "\u038C\u03BD\u03BF\u03BC\u03B1 \u03C0\u03BB\u03B1\u03B9\u03C3\u03AF\u03BF\u03C5 \u03C3_\u03C4\u00F3xo\u03C5/\u03C4a\u03C5\u03C4\u03CC\u03C4\u03B7\u03C4\u03B1: (\u03C0\u03C1\u03BF\u03B1\u03B9\u03C1\u03B5\u03C4\u03B9\u03BA\u03CC - \u03C7\u03C1\u03B7\u03C3\u03B9\u03BC\u03BF\u03C0\u03BF\u03B9\u03BF\u03CD\u03BC\u03B5\u03BD\u03BF \u03BC\u03CC\u03BD\u03BF \u03B3\u03B9a \u03C0\u03BB\u03B1\u03AF\u03C3\u03B9\u03B1). \u039F \u03B1\u03C1\u03B9\u03B8\u03BC\u03CC\u03C2 \u03B4\u03B9\u03B5\u03C5\u03B8\u03CD\u03BD\u03C3\u03B5\u03C9\u03BD \u03B8\u03B1 \u03B5\u03BC\u03C6\u03B1\u03BD\u03AF\u03B6\u03B5\u03C4\u03B1\u03B9 \u03C3\u03C4\u03B1 \u03C0\u03B5\u03B4\u03AF\u03B1 \u03A0po\u03C2/ Ko\u03B9v/ K\u03C1u\u03C6.Ko\u03B9v.",
	 "\u038C\u03BD\u03BF\u03BC\u03B1 \u03C0\u03BB\u03B1\u03B9\u03C3\u03AF\u03BF\u03C5 \u03C3_\u03C4\u03CC\u03C7\u03BF\u03C5/\u03C4\u03B1\u03C5\u03C4\u03CC\u03C4\u03B7\u03C4\u03B1: (\u03C0\u03C1\u03BF\u03B1\u03B9\u03C1\u03B5\u03C4\u03B9\u03BA\u03CC - \u03C7\u03C1\u03B7\u03C3\u03B9\u03BC\u03BF\u03C0\u03BF\u03B9\u03BF\u03CD\u03BC\u03B5\u03BD\u03BF \u03BC\u03CC\u03BD\u03BF \u03B3\u03B9\u03B1 \u03C0\u03BB\u03B1\u03AF\u03C3\u03B9\u03B1). \u039F \u03B1\u03C1\u03B9\u03B8\u03BC\u03CC\u03C2 \u03B4\u03B9\u03B5\u03C5\u03B8\u03CD\u03BD\u03C3\u03B5\u03C9\u03BD \u03B8\u03B1 \u03B5\u03BC\u03C6\u03B1\u03BD\u03AF\u03B6\u03B5\u03C4\u03B1\u03B9 \u03C3\u03C4\u03B1 \u03C0\u03B5\u03B4\u03AF\u03B1 \u03A0\u03C1\u03BF\u03C2/ \u039A\u03BF\u03B9\u03BD/ \u039A\u03C1\u03C5\u03C6.\u039A\u03BF\u03B9\u03BD.", ANY},
	{"a mixed word of more Cyrillic letters than Latin ones before a slash is Cyrillic, not a Latin path (\u043A\u043E\u043C\u043C\u0443\u0442\u0438\u0440y\u0435\u043Coe/PPP)",
	 "\u0418\u0441\u043F\u043E\u043B\u044C\u0437\u0443\u0439\u0442\u0435 \u0430\u043D\u0430\u043B\u043E\u0433\u0438\u0447\u043D\u043E\u0435 \u043Fo\u0434\u043A\u043B\u044E\u0447\u0435\u043D\u0438\u0435, \u043D\u043E \u043D\u0435 \u043A\u043E\u043C\u043C\u0443\u0442\u0438\u0440y\u0435\u043Coe/PPP \u0441o\u0435\u0434\u0438\u043D\u0435\u043D\u0438\u0435.",
	 "\u0418\u0441\u043F\u043E\u043B\u044C\u0437\u0443\u0439\u0442\u0435 \u0430\u043D\u0430\u043B\u043E\u0433\u0438\u0447\u043D\u043E\u0435 \u043F\u043E\u0434\u043A\u043B\u044E\u0447\u0435\u043D\u0438\u0435, \u043D\u043E \u043D\u0435 \u043A\u043E\u043C\u043C\u0443\u0442\u0438\u0440\u0443\u0435\u043C\u043E\u0435/PPP \u0441\u043E\u0435\u0434\u0438\u043D\u0435\u043D\u0438\u0435.", ANY},
	{"in an obfuscated Greek text a Latin \u00F3 alone is the Greek word \u03CC (of \u03CC,\u03C4\u03B9), which the Greek dictionary does not list",
	 "\u0397 \u03B4\u03B9\u03B1\u03BC\u03AD\u03C1\u03B9\u03C3\u03B7 \u03C4o\u03C5 \u03C3\u03BA\u03BB\u03B7\u03C1\u03BF\u03CD \u03B4\u03AF\u03C3\u03BA\u03BF\u03C5 \u03C0\u03B5\u03C1\u03B9o\u03C1\u03AF\u03B6\u03B5\u03C4\u03B1\u03B9 \u03C3\u03B5 \u00F3,\u03C4\u03B9 \u03C5\u03C0o\u03C3\u03C4\u03B7\u03C1\u03AF\u03B6\u03B5\u03B9 \u03C4o \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1.",
	 "\u0397 \u03B4\u03B9\u03B1\u03BC\u03AD\u03C1\u03B9\u03C3\u03B7 \u03C4\u03BF\u03C5 \u03C3\u03BA\u03BB\u03B7\u03C1\u03BF\u03CD \u03B4\u03AF\u03C3\u03BA\u03BF\u03C5 \u03C0\u03B5\u03C1\u03B9\u03BF\u03C1\u03AF\u03B6\u03B5\u03C4\u03B1\u03B9 \u03C3\u03B5 \u03CC,\u03C4\u03B9 \u03C5\u03C0\u03BF\u03C3\u03C4\u03B7\u03C1\u03AF\u03B6\u03B5\u03B9 \u03C4\u03BF \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1.", ANY},
	{"in an obfuscated Greek text a Latin word between Latin names that reads as a Greek word the text writes is restored (Sodipodi kai Adobe, where \u03BA\u03B1\u03B9 is written)",
	 "\u03A4\u03B1 \u03B1\u03C1\u03C7\u03B5\u03AF\u03B1 \u03BA\u03B1\u03B9 \u03BF\u03B9 \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF\u03B9 \u03B4\u03B5\u03BD \u03B1\u03C6\u03B1\u03B9\u03C1o\u03CD\u03BD\u03C4\u03B1\u03B9. \u03A0\u03C1o\u03C2 \u03C4\u03BF \u03C0\u03B1\u03C1\u03CC\u03BD \u03C5\u03C0o\u03C3\u03C4\u03B7\u03C1\u03AF\u03B6\u03BF\u03BD\u03C4\u03B1\u03B9: Inkscape, Sodipodi kai Adobe Illustrator.",
	 "\u03A4\u03B1 \u03B1\u03C1\u03C7\u03B5\u03AF\u03B1 \u03BA\u03B1\u03B9 \u03BF\u03B9 \u03C6\u03AC\u03BA\u03B5\u03BB\u03BF\u03B9 \u03B4\u03B5\u03BD \u03B1\u03C6\u03B1\u03B9\u03C1\u03BF\u03CD\u03BD\u03C4\u03B1\u03B9. \u03A0\u03C1\u03BF\u03C2 \u03C4\u03BF \u03C0\u03B1\u03C1\u03CC\u03BD \u03C5\u03C0\u03BF\u03C3\u03C4\u03B7\u03C1\u03AF\u03B6\u03BF\u03BD\u03C4\u03B1\u03B9: Inkscape, Sodipodi \u03BA\u03B1\u03B9 Adobe Illustrator.", ANY},
	{"the same without \u03BA\u03B1\u03B9 written elsewhere: kai between Latin names is restored too: the Greek dictionary knows \u03BA\u03B1\u03B9, English no kai",
	 "\u03A4\u03B1 \u03B1\u03C1\u03C7\u03B5\u03AF\u03B1 \u03B4\u03B5\u03BD \u03B1\u03C6\u03B1\u03B9\u03C1o\u03CD\u03BD\u03C4\u03B1\u03B9. \u03A0\u03C1o\u03C2 \u03C4\u03BF \u03C0\u03B1\u03C1\u03CC\u03BD \u03C5\u03C0o\u03C3\u03C4\u03B7\u03C1\u03AF\u03B6\u03BF\u03BD\u03C4\u03B1\u03B9: Inkscape, Sodipodi kai Adobe Illustrator.",
	 "\u03A4\u03B1 \u03B1\u03C1\u03C7\u03B5\u03AF\u03B1 \u03B4\u03B5\u03BD \u03B1\u03C6\u03B1\u03B9\u03C1\u03BF\u03CD\u03BD\u03C4\u03B1\u03B9. \u03A0\u03C1\u03BF\u03C2 \u03C4\u03BF \u03C0\u03B1\u03C1\u03CC\u03BD \u03C5\u03C0\u03BF\u03C3\u03C4\u03B7\u03C1\u03AF\u03B6\u03BF\u03BD\u03C4\u03B1\u03B9: Inkscape, Sodipodi \u03BA\u03B1\u03B9 Adobe Illustrator.", ANY},
	{"a Greek preposition with an invisible character inside (\u03BA\u03AC\u03B8\\u00AD\u03B5, \u03B1\\uFEFF\u03C0\u03CC) still keeps a lone Latin n after it a variable",
	 "\u0395\u03BD\u03B7\u03BC\u03AD\u03C1\u03C9\u03C3\u03B7 \u03C4\u03B7\u03C2 \u03B3\u03C1\u03B1\u03C6\u03B9\u03BA\u03AE\u03C2 \u03C0\u03B1\u03C1\u03AC\u03C3\u03C4\u03B1\u03C3\u03B7\u03C2 \u03BA\u03AC\u03B8\u00AD\u03B5 n \u03C0\u03B1\u03BA\u03AD\u03C4\u03B1 \u03AE\u03C7\u03BF\u03C5, \u03BC\u03B5\u03C4\u03AC \u03B1\uFEFF\u03C0\u03CC n msec. \u038C\u03C4\u03B1\u03BD \u03B1\u03BB\u03BB\u03AC\u03B6\u03B5\u03B9 n \u03C1\u03CD\u03B8\u03BC\u03B9\u03C3\u03B7, \u03C4o \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1 x\u03C1\u03AE\u03C3\u03C4\u03B7 \u03BE\u03B5\u03BA\u03B9\u03BD\u03AC \u03BE\u03B1\u03BD\u03AC.",
	 "\u0395\u03BD\u03B7\u03BC\u03AD\u03C1\u03C9\u03C3\u03B7 \u03C4\u03B7\u03C2 \u03B3\u03C1\u03B1\u03C6\u03B9\u03BA\u03AE\u03C2 \u03C0\u03B1\u03C1\u03AC\u03C3\u03C4\u03B1\u03C3\u03B7\u03C2 \u03BA\u03AC\u03B8\u03B5 n \u03C0\u03B1\u03BA\u03AD\u03C4\u03B1 \u03AE\u03C7\u03BF\u03C5, \u03BC\u03B5\u03C4\u03AC \u03B1\u03C0\u03CC n msec. \u038C\u03C4\u03B1\u03BD \u03B1\u03BB\u03BB\u03AC\u03B6\u03B5\u03B9 \u03B7 \u03C1\u03CD\u03B8\u03BC\u03B9\u03C3\u03B7, \u03C4\u03BF \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1 \u03C7\u03C1\u03AE\u03C3\u03C4\u03B7 \u03BE\u03B5\u03BA\u03B9\u03BD\u03AC \u03BE\u03B1\u03BD\u03AC.", ANY},
	{"in an obfuscated Greek text a Latin O after a reference number in brackets opens the sentence: the article (\"[19] O \u03BA\u03AC\u03C4\u03BF\u03C7\u03BF\u03C2\")",
	 "\u0397 \u03C7\u03C1\u03AE\u03C3\u03B7 \u03C4o\u03C5 debconf \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03B3\u03AF\u03BD\u03B5\u03C4\u03B1\u03B9 \u03BC\u03CC\u03BD\u03BF \u03BC\u03B5 \u03C0\u03C1o\u03C3\u03BF\u03C7\u03AE.\n\n[19] O \u03BA\u03AC\u03C4\u03BF\u03C7\u03BF\u03C2 \u03BC\u03B9\u03B1\u03C2 \u03BC\u03B5\u03C4\u03B1\u03B2\u03BB\u03B7\u03C4\u03AE\u03C2 \u03C4o\u03C5 debconf \u03B5\u03AF\u03BD\u03B1\u03B9 \u03C4o \u03CC\u03BD\u03BF\u03BC\u03B1 \u03C4\u03BF\u03C5 \u03C0\u03B1\u03BA\u03AD\u03C4\u03BF\u03C5.",
	 "\u0397 \u03C7\u03C1\u03AE\u03C3\u03B7 \u03C4\u03BF\u03C5 debconf \u03C0\u03C1\u03AD\u03C0\u03B5\u03B9 \u03BD\u03B1 \u03B3\u03AF\u03BD\u03B5\u03C4\u03B1\u03B9 \u03BC\u03CC\u03BD\u03BF \u03BC\u03B5 \u03C0\u03C1\u03BF\u03C3\u03BF\u03C7\u03AE.\n\n[19] \u039F \u03BA\u03AC\u03C4\u03BF\u03C7\u03BF\u03C2 \u03BC\u03B9\u03B1\u03C2 \u03BC\u03B5\u03C4\u03B1\u03B2\u03BB\u03B7\u03C4\u03AE\u03C2 \u03C4\u03BF\u03C5 debconf \u03B5\u03AF\u03BD\u03B1\u03B9 \u03C4\u03BF \u03CC\u03BD\u03BF\u03BC\u03B1 \u03C4\u03BF\u03C5 \u03C0\u03B1\u03BA\u03AD\u03C4\u03BF\u03C5.", ANY},
	{"soft hyphens that leave one letter on a side (d\\u00ADog, o\\u00ADver) are no hyphenation: obfuscation",
	 "The d\u00ADog ran o\u00ADver the hill a\u00ADnd came back home.",
	 "The dog ran over the hill and came back home.", OBF},
	{"a soft hyphen at a hyphenation point (docu\\u00ADment) is only suspicious",
	 "The docu\u00ADment was long.",
	 "The document was long.", SUSP},
	{"the same with a zero-width space inside the name (E\\u200Bxpo): it stays a Latin name",
	 "Pu\u03B8\u03BC\u00ED\u03C3\u03B5i\u03C2 \u03C4\u03B7\u03C2 \u03B5\u03C0i\u03C6\u03AC\u03BD\u03B5ia\u03C2 \u03B5\u03C1\u03B3\u03B1\u03C3\u00ED\u03B1\u03C2 kai \u03C4\u03C9v \u03C0ap\u03B1\u03B8\u03CD\u03C1\u03C9v \u03C4o\u03C5 \u03C3\u03C5\u03C3\u03C4\u03AE\u03BC\u03B1\u03C4\u03BF\u03C2\n\nE\u03C0i\u03BB\u03AD\u03BE\u03C4\u03B5 \u03C0\u00F3\u03C3\u03B5\u03C2 \u03B5\u03C0i\u03C6\u00E1\u03BD\u03B5i\u03B5\u03C2 \u03B5\u03C1\u03B3\u03B1\u03C3\u03AF\u03B1\u03C2 \u03B8\u00E9\u03BB\u03B5\u03C4\u03B5 \u03BD\u03B1 xp\u03B7\u03C3i\u03BCo\u03C0o\u03B9\u03B5\u00ED \u03C4o \u03C0\u03C1\u03CC\u03B3p\u03B1\u03BC\u03BCa\n\nK\u00E1v\u03C4\u03B5 \u03BA\u03BB\u03B9\u03BA \u03C3\u03C4\u03BF kou\u03BC\u03C0\u03AF \u03AE \u03BC\u03B5\u03C4a\u03BAi\u03BD\u03AE\u03C3\u03C4\u03B5 \u03C4\u03BFv k\u00E9p\u03C3o\u03C1a \u03C3\u03C4\u03B7 \u03B3\u03C9\u03BD\u00EDa \u03B3ia va \u03B5\u03BD\u03B5\u03C1\u03B3o\u03C0oi\u03AE\u03C3\u03B5\u03C4\u03B5 \u03C4\u03BF E\u200Bxpo\n",
	 "\u03A1\u03C5\u03B8\u03BC\u03AF\u03C3\u03B5\u03B9\u03C2 \u03C4\u03B7\u03C2 \u03B5\u03C0\u03B9\u03C6\u03AC\u03BD\u03B5\u03B9\u03B1\u03C2 \u03B5\u03C1\u03B3\u03B1\u03C3\u03AF\u03B1\u03C2 \u03BA\u03B1\u03B9 \u03C4\u03C9\u03BD \u03C0\u03B1\u03C1\u03B1\u03B8\u03CD\u03C1\u03C9\u03BD \u03C4\u03BF\u03C5 \u03C3\u03C5\u03C3\u03C4\u03AE\u03BC\u03B1\u03C4\u03BF\u03C2\n\n\u0395\u03C0\u03B9\u03BB\u03AD\u03BE\u03C4\u03B5 \u03C0\u03CC\u03C3\u03B5\u03C2 \u03B5\u03C0\u03B9\u03C6\u03AC\u03BD\u03B5\u03B9\u03B5\u03C2 \u03B5\u03C1\u03B3\u03B1\u03C3\u03AF\u03B1\u03C2 \u03B8\u03AD\u03BB\u03B5\u03C4\u03B5 \u03BD\u03B1 \u03C7\u03C1\u03B7\u03C3\u03B9\u03BC\u03BF\u03C0\u03BF\u03B9\u03B5\u03AF \u03C4\u03BF \u03C0\u03C1\u03CC\u03B3\u03C1\u03B1\u03BC\u03BC\u03B1\n\n\u039A\u03AC\u03BD\u03C4\u03B5 \u03BA\u03BB\u03B9\u03BA \u03C3\u03C4\u03BF \u03BA\u03BF\u03C5\u03BC\u03C0\u03AF \u03AE \u03BC\u03B5\u03C4\u03B1\u03BA\u03B9\u03BD\u03AE\u03C3\u03C4\u03B5 \u03C4\u03BF\u03BD \u03BA\u03AD\u03C1\u03C3\u03BF\u03C1\u03B1 \u03C3\u03C4\u03B7 \u03B3\u03C9\u03BD\u03AF\u03B1 \u03B3\u03B9\u03B1 \u03BD\u03B1 \u03B5\u03BD\u03B5\u03C1\u03B3\u03BF\u03C0\u03BF\u03B9\u03AE\u03C3\u03B5\u03C4\u03B5 \u03C4\u03BF Expo\n", ANY},
	{"a Belarusian i alone between Cyrillic words, after a plain paragraph, is \u0456: the document wrote \u0456 before",
	 "\u041F\u0435\u0440\u044B\u044F\u0434\u044B\u0447\u043D\u044B \u0441\u043B\u0430\u0431\u044B c\u043D\u0435\u0433 \u0430\u0431\u043E \u0441\u0446\u044E\u0434\u0437\u0451\u043D\u0430\u044F \u0456\u043C\u0436\u0430\n\n\u041F\u0435\u0440\u044B\u044F\u0434\u044B\u0447\u043D\u044B \u0441\u043B\u0430\u0431\u044B \u0441\u043D\u0435\u0433\n\n\u041F\u0435\u0440\u044B\u044F\u0434\u044B\u0447\u043D\u044B \u0434\u043E\u0436\u0434\u0436 i \u0441\u0446\u044E\u0434\u0437\u0451\u043D\u044B \u0434\u043E\u0436\u0434\u0436 \u043F\u0430\u043F\u0435\u0440\u0430\u043C\u0435\u043D\u043D\u0430",
	 "\u041F\u0435\u0440\u044B\u044F\u0434\u044B\u0447\u043D\u044B \u0441\u043B\u0430\u0431\u044B \u0441\u043D\u0435\u0433 \u0430\u0431\u043E \u0441\u0446\u044E\u0434\u0437\u0451\u043D\u0430\u044F \u0456\u043C\u0436\u0430\n\n\u041F\u0435\u0440\u044B\u044F\u0434\u044B\u0447\u043D\u044B \u0441\u043B\u0430\u0431\u044B \u0441\u043D\u0435\u0433\n\n\u041F\u0435\u0440\u044B\u044F\u0434\u044B\u0447\u043D\u044B \u0434\u043E\u0436\u0434\u0436 \u0456 \u0441\u0446\u044E\u0434\u0437\u0451\u043D\u044B \u0434\u043E\u0436\u0434\u0436 \u043F\u0430\u043F\u0435\u0440\u0430\u043C\u0435\u043D\u043D\u0430", ANY},
	{"a Latin name glued to a Bulgarian word at a change of case stays Latin (CtrlMo\u0434\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440, Orca\u0418\u043D\u0442ep\u0432\u0430\u043B), the word is restored",
	 "\u041D\u0430\u0442\u0438\u0441\u043D\u0435\u0442\u0435 CtrlMo\u0434\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u043D\u0430 Orca\u0418\u043D\u0442ep\u0432\u0430\u043B \u043E\u0442 \u043F\u0440\u043E\u0438\u0437\u0432\u043E\u043B\u043D\u043E \u043F\u0440\u0438\u043B\u043E\u0436\u0435\u043D\u0438e.",
	 "\u041D\u0430\u0442\u0438\u0441\u043D\u0435\u0442\u0435 Ctrl\u041C\u043E\u0434\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u043D\u0430 Orca\u0418\u043D\u0442\u0435\u0440\u0432\u0430\u043B \u043E\u0442 \u043F\u0440\u043E\u0438\u0437\u0432\u043E\u043B\u043D\u043E \u043F\u0440\u0438\u043B\u043E\u0436\u0435\u043D\u0438\u0435.", ANY},
	{"where the obfuscator substitutes rarely (one letter of a long Russian paragraph), a Latin word of two letters that is an English word stays Latin in the place of a short word (no \u0438\u043B\u0438 none)",
	 "\u041F\u0430\u0440\u0430\u043C\u0435\u0442\u0440 \u043E\u043F\u0440\u0435\u0434\u0435\u043B\u044F\u0435\u0442, \u0440\u0430\u0437\u0440\u0435\u0448\u0435\u043D\u0430 \u043B\u0438 \u043F\u0435\u0440\u0435\u0434\u0430\u0447\u0430 \u0432\u0441\u0435\u0433\u0434\u0430 (yes \u0438\u043B\u0438 all), \u043D\u0438\u043A\u043E\u0433\u0434\u0430 \u043D\u0435 \u0440\u0430\u0437\u0440\u0435\u0448\u0435\u043D\u0430 (no \u0438\u043B\u0438 none), \u0438\u043B\u0438 \u0440\u0430\u0437\u0440\u0435\u0448\u0435\u043D\u0430 \u0442\u043E\u043B\u044C\u043A\u043E \u0434\u043B\u044F \u043B\u043E\u043A\u0430\u043B\u044C\u043D\u044B\u0445 \u043F\u043E\u043B\u044C\u0437\u043E\u0432\u0430\u0442\u0435\u043B\u0435\u0439. \u0417\u043D\u0430\u0447\u0435\u043D\u0438\u0435 \u043F\u043E \u0443\u043C\u043E\u043B\u0447\u0430\u043D\u0438\u044E \u0437\u0430\u0434\u0430\u0451\u0442\u0441\u044F \u0432 \u0444\u0430\u0439\u043B\u0435 \u043D\u0430\u0441\u0442\u0440\u043E\u0435\u043A \u0441\u0435\u0440\u0432\u0435\u0440\u0430, \u0438 \u0435\u0433\u043E \u043C\u043E\u0436\u043D\u043E \u0438\u0437\u043C\u0435\u043D\u0438\u0442\u044C \u043Fp\u0438 \u0437\u0430\u043F\u0443\u0441\u043A\u0435.",
	 "\u041F\u0430\u0440\u0430\u043C\u0435\u0442\u0440 \u043E\u043F\u0440\u0435\u0434\u0435\u043B\u044F\u0435\u0442, \u0440\u0430\u0437\u0440\u0435\u0448\u0435\u043D\u0430 \u043B\u0438 \u043F\u0435\u0440\u0435\u0434\u0430\u0447\u0430 \u0432\u0441\u0435\u0433\u0434\u0430 (yes \u0438\u043B\u0438 all), \u043D\u0438\u043A\u043E\u0433\u0434\u0430 \u043D\u0435 \u0440\u0430\u0437\u0440\u0435\u0448\u0435\u043D\u0430 (no \u0438\u043B\u0438 none), \u0438\u043B\u0438 \u0440\u0430\u0437\u0440\u0435\u0448\u0435\u043D\u0430 \u0442\u043E\u043B\u044C\u043A\u043E \u0434\u043B\u044F \u043B\u043E\u043A\u0430\u043B\u044C\u043D\u044B\u0445 \u043F\u043E\u043B\u044C\u0437\u043E\u0432\u0430\u0442\u0435\u043B\u0435\u0439. \u0417\u043D\u0430\u0447\u0435\u043D\u0438\u0435 \u043F\u043E \u0443\u043C\u043E\u043B\u0447\u0430\u043D\u0438\u044E \u0437\u0430\u0434\u0430\u0451\u0442\u0441\u044F \u0432 \u0444\u0430\u0439\u043B\u0435 \u043D\u0430\u0441\u0442\u0440\u043E\u0435\u043A \u0441\u0435\u0440\u0432\u0435\u0440\u0430, \u0438 \u0435\u0433\u043E \u043C\u043E\u0436\u043D\u043E \u0438\u0437\u043C\u0435\u043D\u0438\u0442\u044C \u043F\u0440\u0438 \u0437\u0430\u043F\u0443\u0441\u043A\u0435.", ANY},
	{"a Belarusian paragraph without \u045E (\u044B, no \u0438) implies \u0456: a Latin i alone between its words is \u0456",
	 "C\u043D\u0435\u0433, \u0447\u0430\u0441\u0430\u043C \u043C\u043E\u0446\u043D\u044B, i \u0441\u0446\u044E\u0434\u0437\u0451\u043D\u044B \u0434\u043E\u0436\u0434\u0436 \u043F\u0430\u043F\u0435\u0440\u0430\u043C\u0435\u043D\u043D\u0430",
	 "\u0421\u043D\u0435\u0433, \u0447\u0430\u0441\u0430\u043C \u043C\u043E\u0446\u043D\u044B, \u0456 \u0441\u0446\u044E\u0434\u0437\u0451\u043D\u044B \u0434\u043E\u0436\u0434\u0436 \u043F\u0430\u043F\u0435\u0440\u0430\u043C\u0435\u043D\u043D\u0430", ANY},
	{"a Latin word after a hyphen that joins it to a Latin name is restored when its Cyrillic reading is a word and its Latin one none (SAP-napcep)",
	 "\u0414\u043B\u044F SAP-napcep \u0432\u044B\u043A\u0430\u0440\u044B\u0441\u0442\u043E\u045E\u0432\u0430\u0435\u0446\u0446\u0430 \u043A\u043B\u044E\u0447, \u043A\u0430\u043B\u0456 \u0432\u044B \u0445\u043E\u0447\u0430\u0446e \u0430\u0434\u043A\u0440\u044B\u0446\u044C \u043F\u0430\u0442\u043E\u043A.",
	 "\u0414\u043B\u044F SAP-\u043F\u0430\u0440\u0441\u0435\u0440 \u0432\u044B\u043A\u0430\u0440\u044B\u0441\u0442\u043E\u045E\u0432\u0430\u0435\u0446\u0446\u0430 \u043A\u043B\u044E\u0447, \u043A\u0430\u043B\u0456 \u0432\u044B \u0445\u043E\u0447\u0430\u0446\u0435 \u0430\u0434\u043A\u0440\u044B\u0446\u044C \u043F\u0430\u0442\u043E\u043A.", ANY},
	{"in Cyrillic text an underscore opening a word marks an access key, not an identifier: _nanka is _\u043F\u0430\u043F\u043A\u0430",
	 "O\u0442\u0432\u0430\u0440\u044F\u043D\u0435 \u043Da \u0432\u0441\u044F\u043Aa _nanka \u0432 co\u0431\u0441\u0442\u0432\u0435\u043D \u043Fpo\u0437\u043E\u0440\u0435\u0446",
	 "\u041E\u0442\u0432\u0430\u0440\u044F\u043D\u0435 \u043D\u0430 \u0432\u0441\u044F\u043A\u0430 _\u043F\u0430\u043F\u043A\u0430 \u0432 \u0441\u043E\u0431\u0441\u0442\u0432\u0435\u043D \u043F\u0440\u043E\u0437\u043E\u0440\u0435\u0446", ANY},
	{"a Latin word of two letters after a number that opens a bracket stays Latin in obfuscated Russian text ([0 to FFFF])",
	 "O\u043Fpe\u0434e\u043B\u044Fe\u0442 \u0438\u0434e\u043D\u0442\u0438\u0444\u0438\u043Aa\u0442op ce\u0442\u0438 [0 to FFFF] \u0438\u043B\u0438 o\u0442\u043A\u043B\u044E\u0447ae\u0442 e\u0433o [off].",
	 "\u041E\u043F\u0440\u0435\u0434\u0435\u043B\u044F\u0435\u0442 \u0438\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u0441\u0435\u0442\u0438 [0 to FFFF] \u0438\u043B\u0438 \u043E\u0442\u043A\u043B\u044E\u0447\u0430\u0435\u0442 \u0435\u0433\u043E [off].", ANY},
	{"in Russian text whose obfuscator writes nearly every letter it can in Latin, a Latin word with a small letter it was never seen to write, whose Cyrillic twins the text writes as they are, stays Latin (nano, mbox: \u043F \u043C \u0442 written, n m never substituted)",
	 "Переключитecь в VT4 или пocмoтpитe фaйл /var/log/syslog (в кaчecтвe peдaктopa иcпoльзyeтcя nano), чтoбы нaйти cooбщeния o cпeцифичecкиx oшибкax.\n\nCoxpaнить вce cooбщeния в фopмaтe mbox в oднoм фaйлe.",
	 "Переключитесь в VT4 или посмотрите файл /var/log/syslog (в качестве редактора используется nano), чтобы найти сообщения о специфических ошибках.\n\nСохранить все сообщения в формате mbox в одном файле.", ANY},
	{"... while where a mixed word shows n written for \u043F and the text writes no \u043A, such a word is restored (nanky: \u043F\u0430\u043F\u043A\u0443)",
	 "Haжмитe nлaн и coxpaнитe eгo в дpyгyю nanky.",
	 "Нажмите план и сохраните его в другую папку.", ANY},
	{"in Belarusian text obfuscated at a rate of 1, without genuine Latin words, a capitalised Latin word that reads a little better in Latin is restored for the obfuscator's rate (Toe: \u0422\u043E\u0435)",
	 "Пaвapoчвae пaвepxню нa гэтyю вeлiчыню, кaлi янa pyxaeццa.\n\nToe ж, штo й «Бypбaлкaвыя пyxлiны», aлe з люcтэpкaвым cьвятлoм, a нe pacceяным.",
	 "Паварочвае паверхню на гэтую велічыню, калі яна рухаецца.\n\nТое ж, што й «Бурбалкавыя пухліны», але з люстэркавым сьвятлом, а не рассеяным.", ANY},
	{"a Latin letter alone joined by an apostrophe to the Cyrillic letters after it in obfuscated Ukrainian text is the first letter of the word (n'\u044F\u0442\u044C: \u043F'\u044F\u0442\u044C)",
	 "Пoкaзyє лишe n'ять aдpec нa пaнeлі пoпepeдньoгo пepeглядy.",
	 "Показує лише п'ять адрес на панелі попереднього перегляду.", ANY},
	{"a Latin word alone in single quotes in obfuscated Bulgarian text is a value quoted as typed, and stays Latin ('none', not '\u043F\u043E\u043F\u0435')",
	 "Moжeтe дa изnoлзвaтe 'none', aкo нe иcкaтe дa cмeнятe npoзopeцa нa дpyгo npилoжeниe.",
	 "Можете да използвате 'none', ако не искате да сменяте прозореца на друго приложение.", ANY},
	{"a short Latin word in small letters between two Latin names in a line of obfuscated Ukrainian text is judged as the conjunction joining them (SIGTTOU ma SIGTSTP: \u0442\u0430)",
	 "Яkщo зaдiянo kepyвaння зaвдaннями, bash irнopyвamимe SIGTTIN, SIGTTOU ma SIGTSTP.",
	 "Якщо задіяно керування завданнями, bash ігноруватиме SIGTTIN, SIGTTOU та SIGTSTP.", ANY},
	{"a Latin no in obfuscated Russian text stays Latin before a full stop or the conjunction \u0438\u043b\u0438, where no preposition \u043f\u043e stands (stranded_preposition())",
	 "Пapaмeтp зaдaёт вxoд (no или yes). Пo yмoлчaнию no.",
	 "Параметр задаёт вход (no или yes). По умолчанию no.", ANY},
	{"a Latin no with an invisible character inside stays Latin before a full stop in obfuscated Russian text (stranded_preposition())",
	 "Пapaмeтp зaдaёт вxoд. Пo yмoлчaнию n\u200Bo.",
	 "Параметр задаёт вход. По умолчанию no.", ANY},
	{"a small Latin letter alone in obfuscated Russian text stays Latin in a sentence that names other things with small Latin letters before a dash (letter_labels_in())",
	 "B oпpeдeлeнияx фaйлa нижe cимвoл c oзнaчaeт нoмep кoнтpoллepa, b \u2014 нoмep шины, t \u2014 нoмep цeли.",
	 "В определениях файла ниже символ c означает номер контроллера, b \u2014 номер шины, t \u2014 номер цели.", ANY},
	{"a Latin c alone in obfuscated Russian text is the preposition \u0441 in a sentence after the one that names a key with a small Latin letter before a dash (letter_labels_in() looks in the sentence)",
	 "Кopoткиe кoмaнды: x \u2014 экcпepтнaя ycтaнoвкa. Ecли иcпoльзyeтcя cиcтeмa c BIOS, нaжмитe Enter.",
	 "Короткие команды: x \u2014 экспертная установка. Если используется система \u0441 BIOS, нажмите Enter.", ANY},
	{"a Latin capital B opening a sentence of obfuscated Russian text before three Latin names and a Russian word is the preposition \u0412 (dom_after_names())",
	 "Пoдpoбнocти нa caйтe brltty. B Debian GNU/Linux 12 включeнa пoддepжкa.",
	 "Подробности на сайте brltty. В Debian GNU/Linux 12 включена поддержка.", ANY},
	/* Latin in Cyrillic: Russian, Bulgarian, Belarusian, Ukrainian, Kazakh (session 18). */
	{"a Latin part of a Russian compound joined by a hyphen to a Cyrillic word, whose Cyrillic reading is a word, is restored (hyphen_part())",
	 "Bo-вторых, нужно выбрaть сервер кaкого-mo провaйдерa и проверить нaстройки.",
	 "Во-вторых, нужно выбрать сервер какого-то провайдера и проверить настройки.", ANY},
	{"a Latin part of a Bulgarian compound after \u043F\u043E- is restored though its Latin reading is an English word (hyphen_part())",
	 "Нaстройките по-rope сa зaпaзени в профилa.",
	 "Настройките по-горе са запазени в профила.", ANY},
	{"Latin terms joined by a hyphen to Russian words stay Latin in obfuscated text: capitals, or no Cyrillic word when read so (hyphen_part())",
	 "Откройте cron-зaдaние и web-стрaницу, зaтем проверьте IP-aдрес.",
	 "Откройте cron-задание и web-страницу, затем проверьте IP-адрес.", ANY},
	{"a capitalised Latin name joined by a hyphen to a Cyrillic noun stays Latin in obfuscated Ukrainian text (hyphen_part())",
	 "Цe робить ESC Meta-префіксом, a Kate-потоки тaкож.",
	 "Це робить ESC Meta-префіксом, а Kate-потоки також.", ANY},
	{"a Latin a after a comma and before a small Latin letter defined by a dash is the conjunction \u0430 in obfuscated Russian text (conjunction_before_label())",
	 "Рaзделы нaзывaются sdxy, где x \u2014 буквa дискa, a y \u2014 номер рaзделa.",
	 "Разделы называются sdxy, где x \u2014 буква диска, а y \u2014 номер раздела.", ANY},
	{"a Latin ending joined by an apostrophe to a Latin name in Belarusian text is the case ending (apostrophe_ending())",
	 "Стaн прагрaмы GIMP'a пaшкоджaны, зaхaвaйце вaшу прaцу.",
	 "Стан праграмы GIMP'а пашкоджаны, захавайце вашу працу.", ANY},
	{"an English contraction after an apostrophe in obfuscated Russian text stays Latin (apostrophe_ending(): its ending opens with a consonant)",
	 "Он нaписaл: I'm here, и зaкрыл окно.",
	 "Он написал: I'm here, и закрыл окно.", ANY},
	{"a Latin c alone between Russian words in a first paragraph without other substitutions is the preposition \u0441 when the paragraphs after it show substitutions (ahead() in Cyrillic text)",
	 "Выберите все объекты c одинаковым цветом\n\nПрогрaммa сохрaняет нaстройки в пaпке пользовaтеля.",
	 "Выберите все объекты \u0441 одинаковым цветом\n\nПрограмма сохраняет настройки в папке пользователя.", ANY},
	{"a Latin c alone between Russian words stays when the text after it shows no substitution (ahead() in Cyrillic text)",
	 "Выберите все объекты c одинаковым цветом\n\nПрограмма сохраняет настройки в папке пользователя.",
	 SAME, ANY},
	{"a Latin capital alone in Bulgarian text is a label written in Cyrillic when a Cyrillic capital alone labels beside it on the line (capital_among())",
	 "Изберете учaстъкa от точкa A до точкa \u0412 и го зaпaзете.",
	 "Изберете участъка от точка \u0410 до точка \u0412 и го запазете.", ANY},
	{"a Latin capital glued to digits stays Latin beside a Cyrillic label in obfuscated Kazakh text (capital_among())",
	 "H.264 деңгейін көрсетіңіз (стaндарттың \u0410 қосымшaсында).",
	 "H.264 деңгейін көрсетіңіз (стандарттың \u0410 қосымшасында).", ANY},
	{"a Latin letter between dots after a Cyrillic letter and a dot is the second letter of an abbreviation in obfuscated Belarusian text (one_letter_word(): \u0442.\u043F.)",
	 "Пэндзлі, ґрaдыенты, узоры і т.n. можнa змяняць.",
	 "Пэндзлі, ґрадыенты, узоры і т.п. можна змяняць.", ANY},
	{"a Latin abbreviation between dots after a Latin letter stays Latin in obfuscated Russian text (one_letter_word())",
	 "Испрaвьте ошибки, i.e. опечaтки, и сохрaните.",
	 "Исправьте ошибки, i.e. опечатки, и сохраните.", ANY},
	{"a Latin capital Y alone opening a sentence of obfuscated Ukrainian text before a Latin name in small letters and a Ukrainian word is the preposition \u0423 (article_before_name(): Y is no English word)",
	 "Дивіться розділ ПAРAМЕТРИ.\n\nY readline передбaчено змінні для клaвіш.",
	 "Дивіться розділ ПАРАМЕТРИ.\n\n\u0423 readline передбачено змінні для клавіш.", ANY},
	/* Latin in Serbian and Macedonian Cyrillic (session 18). */
	{"a Latin o with a circumflex marking the accent of a word of obfuscated Serbian text is a stray letter: the word is restored but for it (k\u00F4\u0434: \u043A\u00F4\u0434, accent_stray())",
	 "Унeситe kôд jeзикa oд тpи знaкa зa oвaj звyчни зaпис и пoтвpдитe избop љyбaзнo.",
	 "Унесите кôд језика од три знака за овај звучни запис и потврдите избор љубазно.", ANY},
	{"a Latin name with an accented vowel glued to a Cyrillic ending in obfuscated Serbian text keeps its Latin letters (Pok\u00E9mon\u0430)",
	 "Пoкpeнитe игpy Pokémonа и пoтвpдитe избop љyбaзнo.",
	 "Покрените игру Pokémona и потврдите избор љубазно.", ANY},
	{"a Latin capital alone glued by a bracket to a Serbian word in capitals of obfuscated text takes its script (\u041F\u0423\u0422\u0410\u040A\u0423(E): \u0415, serbian_caps_glued())",
	 "Пpeмeштa ПУTAЊУ(E) у дpyгy фacциклy и зaдpжaвa њeнa oвлaшћeњa.",
	 "Премешта ПУТАЊУ(\u0415) у другу фасциклу и задржава њена овлашћења.", ANY},
	{"a Latin capital alone after a Serbian word in capitals with white space between stays Latin (\u041F\u0423\u0422\u0410\u040A\u0423 E)",
	 "Пpeмeштa ПУTAЊУ E у дpyгy фacциклy и зaдpжaвa њeнa oвлaшћeњa.",
	 "Премешта ПУТАЊУ E у другу фасциклу и задржава њена овлашћења.", ANY},
	/* Latin in Greek (session 18). */
	{"a Latin word of small consonants in obfuscated Greek text stays Latin: its Greek reading would have no vowel (px, \u03C1\u03C7)",
	 "Τo ύψoς της εικόvας σε px (υπεpισxύει της pύθμισης). Τo apxείo εxει μέγεθoς.",
	 "Το ύψος της εικόνας σε px (υπερισχύει της ρύθμισης). Το αρχείο εχει μέγεθος.", ANY},
	{"a capitalised Latin word opening a sentence of obfuscated Greek text without genuine Latin, whose Greek reading is a Greek word and no English one, is restored (Mia, \u039C\u03B9\u03B1)",
	 "Τo πρόγραμμα δεν μπoρεί να ανoίξει τo αρχείo. Mia νέα έκδoση είναι διαθέσιμη.",
	 "Το πρόγραμμα δεν μπορεί να ανοίξει το αρχείο. Μια νέα έκδοση είναι διαθέσιμη.", ANY},
	{"a capitalised Latin name opening a sentence of obfuscated Greek text stays Latin (Linux is no Greek word)",
	 "Τo πρόγραμμα δεν μπoρεί να ανoίξει τo αρχείo. Linux είναι τo σύστημα.",
	 "Το πρόγραμμα δεν μπορεί να ανοίξει το αρχείο. Linux είναι το σύστημα.", ANY},
	/* Latin-extended lookalikes in Turkish, Vietnamese, German, French (session 18). */
	{"in Latin text, a letter of another script alone joined by a slash to a Latin word (Cherokee \u13DA/PDIF) is obfuscation by itself",
	 "The card cannot send \u13DA/PDIF output here.",
	 "The card cannot send S/PDIF output here.", ANY},
	{"in Latin text, a word of two small letters of another script between words of running text (Armenian \u0585\u0578 for on) is obfuscation by itself",
	 "Pick the volume \u0585\u0578 that disk first.",
	 "Pick the volume on that disk first.", ANY},
	{"an IPA letter alone between two words of English running text is a function word written in a lookalike (the article a), evidence by itself",
	 "This tool is \u0251 small helper for the card.",
	 "This tool is a small helper for the card.", ANY},
	{"an IPA letter cited between slashes, with no other sign of obfuscation, stays",
	 "The vowel /\u0251/ is open.", SAME, ANY},
	{"in Latin text, a letter of another script alone, joined by an apostrophe to a Latin word after it (a French elision), is obfuscation by itself and is restored",
	 "Le menu s'ouvre. \u13DF'est alors que l'outil d\u00E9marre.",
	 "Le menu s'ouvre. C'est alors que l'outil d\u00E9marre.", ANY},
	{"in Latin text, an elided capital of another script opening a paragraph (\u13DE\u2019outil) is restored",
	 "\u13DE\u2019outil d\u00E9marre tout seul.",
	 "L\u2019outil d\u00E9marre tout seul.", ANY},
	{"a letter without case (dental click) opening a word inside a sentence is small before small letters (ls, lp: the case-blind letter models rated them as is, ip); a name still takes the capital (Inkscape)",
	 "Th\u0251t list is printed by \u01C0s and sent to \u01C0p, not to \u01C0nkscape.",
	 "That list is printed by ls and sent to lp, not to Inkscape.", ANY},
	{"the Turkish question particle written apart follows the vowel harmony of the word before it in a document obfuscated with Latin-extended letters (kaydedilsin mi, kapat\u0131ls\u0131n m\u0131)",
	 "Yeni \u0251yar: dosya kaydedilsin m\u0131, yoksa kapat\u0131ls\u0131n m\u0131?\n",
	 "Yeni ayar: dosya kaydedilsin mi, yoksa kapat\u0131ls\u0131n m\u0131?\n", ANY},
	{"a v with a hook right before a digit is a v (a version, IPv6, LDAPv3), never u, even where the letter models rate the word as written higher",
	 "Th\u0251t server speaks IP\u028B6 and LDAP\u028B3 since its second release.",
	 "That server speaks IPv6 and LDAPv3 since its second release.", ANY},
	{"Turkish obfuscated with Latin-extended letters: a word beginning with a form Turkish text writes, followed by suffixes in harmony, reads with that form (d\u0131\u015F\u0131 + n\u0131, hiza + da; the letter models preferred di\u015Fini and h\u0131zada)",
	 "Bu \u0251yar, resmin d\u0131\u015F\u0131n\u0131 boyar ve h\u0131zada tutar.\n",
	 "Bu ayar, resmin d\u0131\u015F\u0131n\u0131 boyar ve hizada tutar.\n", ANY},
	/* Bytes. */
	{"invalid UTF-8 is kept", "ok \xC3\x28 and \xF0\x9F\x98 end \xFF", SAME, SUSP},
	{"NUL bytes are characters", "a\0b", SAME, CLEAN},
	{"empty input", "", SAME, CLEAN},
};

#define NROWS (sizeof rows / sizeof rows[0])

/* Input length: rows with NULs are written with explicit lengths below. */
static size_t row_len(const struct row *r)
{
	if (!strcmp(r->what, "NUL bytes are characters"))
		return 3;
	return strlen(r->in);
}

struct capture {
	char *out;
	size_t len, cap;
	unspoof_finding f[512];
	size_t nf;
	unspoof_edit e[512];
	size_t ne;
};

static int cap_out(void *ctx, const char *d, size_t n)
{
	struct capture *c = ctx;
	if (c->len + n > c->cap) {
		c->cap = (c->len + n) * 2 + 64;
		c->out = realloc(c->out, c->cap);
	}
	memcpy(c->out + c->len, d, n);
	c->len += n;
	return 0;
}

static int cap_find(void *ctx, const unspoof_finding *f)
{
	struct capture *c = ctx;
	if (c->nf < 512)
		c->f[c->nf++] = *f;
	return 0;
}

static int cap_edit(void *ctx, const unspoof_edit *e)
{
	struct capture *c = ctx;
	if (c->ne < 512)
		c->e[c->ne++] = *e;
	return 0;
}

/* Streams in[] in chunks of the given sizes (cycled). */
static void stream_in_chunks(const unspoof_options *o, const char *in, size_t len,
                             const size_t *sizes, size_t nsizes, struct capture *c,
                             unspoof_summary *sum)
{
	unspoof_callbacks cb = {cap_out, cap_find, cap_edit, c};
	unspoof_stream *s;
	size_t off = 0, k = 0;
	memset(c, 0, sizeof *c);
	if (unspoof_stream_new(o, &cb, &s) != UNSPOOF_OK)
		return;
	while (off < len) {
		size_t n = sizes[k++ % nsizes];
		if (n > len - off)
			n = len - off;
		unspoof_stream_feed(s, in + off, n);
		off += n;
	}
	unspoof_stream_finish(s, sum);
	unspoof_stream_free(s);
}

static void check_row(const struct row *r)
{
	size_t len = row_len(r);
	const char *exp = r->out ? r->out : r->in;
	size_t explen = r->out ? strlen(r->out) : len;
	unspoof_cleaned *c = NULL, *c2 = NULL;
	unspoof_report *rep = NULL;
	int rc = unspoof_clean(NULL, r->in, len, &c);
	if (!CHECK(rc == UNSPOOF_OK, "%s: unspoof_clean returned %d", r->what, rc))
		return;
	CHECK_BYTES(r->what, r->in, len, exp, explen, c->text, c->len);

	/* Idempotent. */
	rc = unspoof_clean(NULL, c->text, c->len, &c2);
	if (rc == UNSPOOF_OK)
		CHECK_BYTES("clean(clean(x)) == clean(x)", c->text, c->len, c->text, c->len, c2->text,
		            c2->len);
	unspoof_cleaned_free(c2);

	/* The offset map rebuilds the output from the input. */
	{
		char *re = malloc(c->len + 1);
		size_t ip = 0, op = 0, k;
		int ok = 1;
		for (k = 0; k < c->nedits && ok; k++) {
			const unspoof_edit *e = &c->edits[k];
			size_t same = (size_t)e->in_offset - ip;
			ok = e->in_offset >= ip && e->out_offset == op + same &&
			     e->out_offset + e->out_length <= c->len;
			if (!ok)
				break;
			memcpy(re + op, r->in + ip, same);
			op += same;
			memcpy(re + op, c->text + op, (size_t)e->out_length);
			op += (size_t)e->out_length;
			ip = (size_t)(e->in_offset + e->in_length);
		}
		if (ok && ip <= len && op + (len - ip) == c->len) {
			memcpy(re + op, r->in + ip, len - ip);
			CHECK_BYTES("offset map reproduces the output", r->in, len, c->text, c->len, re, c->len);
		} else {
			CHECK(0, "%s: offset map inconsistent at edit %zu", r->what, k);
		}
		free(re);
	}

	/* Verdict. */
	rc = unspoof_scan(NULL, r->in, len, &rep);
	if (CHECK(rc == UNSPOOF_OK, "%s: unspoof_scan returned %d", r->what, rc) && r->verdict >= 0)
		CHECK(rep->summary.verdict == r->verdict, "%s: verdict %s, expected %s", r->what,
		      unspoof_verdict_name(rep->summary.verdict), unspoof_verdict_name(r->verdict));

	/* Streaming in any chunks gives the one-shot result. */
	{
		static const size_t one[] = {1}, odd[] = {3, 1, 7, 2, 5};
		struct capture a, b;
		unspoof_summary sa, sb;
		stream_in_chunks(NULL, r->in, len, one, 1, &a, &sa);
		stream_in_chunks(NULL, r->in, len, odd, 5, &b, &sb);
		CHECK_BYTES("1-byte chunks give the one-shot output", r->in, len, c->text, c->len, a.out, a.len);
		CHECK_BYTES("odd chunks give the one-shot output", r->in, len, c->text, c->len, b.out, b.len);
		CHECK(rep && a.nf == rep->nfindings && b.nf == rep->nfindings &&
		      (a.nf == 0 || !memcmp(a.f, rep->findings, a.nf * sizeof *a.f)),
		      "%s: findings differ when streamed", r->what);
		CHECK(sa.verdict == sb.verdict && rep && sa.verdict == rep->summary.verdict,
		      "%s: verdict differs when streamed", r->what);
		free(a.out);
		free(b.out);
	}
	unspoof_report_free(rep);
	unspoof_cleaned_free(c);
}

/* clean(clean(in)) == clean(in) with options o. */
static void check_idempotent(const unspoof_options *o, const char *what, const char *in)
{
	unspoof_cleaned *c, *c2;
	if (unspoof_clean(o, in, strlen(in), &c) != UNSPOOF_OK)
		return;
	if (unspoof_clean(o, c->text, c->len, &c2) == UNSPOOF_OK) {
		CHECK_STR(what, c->text, c->text, c2->text, c2->len);
		unspoof_cleaned_free(c2);
	}
	unspoof_cleaned_free(c);
}

static void test_options(void)
{
	unspoof_options o;
	unspoof_cleaned *c;
	const char *in = "pass\u200Bword";
	unspoof_options_init(&o);
	o.keep_invisible = 1;
	if (unspoof_clean(&o, in, strlen(in), &c) == UNSPOOF_OK) {
		CHECK_STR("keep_invisible keeps U+200B", in, in, c->text, c->len);
		unspoof_cleaned_free(c);
	}
	unspoof_options_init(&o);
	o.invalid = UNSPOOF_INVALID_REPLACE;
	in = "a\xFF" "b\xE2\x82";
	if (unspoof_clean(&o, in, strlen(in), &c) == UNSPOOF_OK) {
		CHECK_STR("invalid bytes replaced with U+FFFD", in, "a\uFFFDb\uFFFD", c->text, c->len);
		unspoof_cleaned_free(c);
	}
	unspoof_options_init(&o);
	in = "h3ll0 w0rld, 2024";
	if (unspoof_clean(&o, in, strlen(in), &c) == UNSPOOF_OK) {
		CHECK_STR("leetspeak is off by default", in, in, c->text, c->len);
		unspoof_cleaned_free(c);
	}
	o.leet = 1;
	o.undo |= UNSPOOF_KIND_BIT(UNSPOOF_KIND_LEET);
	if (unspoof_clean(&o, in, strlen(in), &c) == UNSPOOF_OK) {
		CHECK_STR("leetspeak mode", in, "hello world, 2024", c->text, c->len);
		unspoof_cleaned_free(c);
	}
	/* Removing stacked marks between two kept ill-formed bytes must not
	 * join them into a character: D0 + marks + 83 is not U+0403. */
	unspoof_options_init(&o);
	in = "x\xD0\xCC\x81\xCC\x82\xCC\x83\xCC\x84\x83y";
	if (unspoof_clean(&o, in, strlen(in), &c) == UNSPOOF_OK) {
		size_t k, joined = 0;
		for (k = 0; k + 1 < c->len; k++)
			joined |= (unsigned char)c->text[k] == 0xD0 && (unsigned char)c->text[k + 1] == 0x83;
		CHECK(!joined,
		      "clean joined two ill-formed bytes into U+0403 (input x D0 U+0301 U+0302 "
		      "U+0303 U+0304 83 y, output %zu bytes)", c->len);
		unspoof_cleaned_free(c);
	}
	o.leet = 1;
	o.undo |= UNSPOOF_KIND_BIT(UNSPOOF_KIND_LEET);
	/* 2 and 6 stand for no letter: they stay (they were once written out
	 * as U+0000). */
	in = "h2ll0 w6rld";
	if (unspoof_clean(&o, in, strlen(in), &c) == UNSPOOF_OK) {
		CHECK_STR("leetspeak mode keeps digits that stand for no letter", in, "h2llo w6rld",
		          c->text, c->len);
		unspoof_cleaned_free(c);
	}
	in = "H3LL0 W0RLD! \u043F\u04401\u0432\u0435\u0442, 1337";
	if (unspoof_clean(&o, in, strlen(in), &c) == UNSPOOF_OK) {
		CHECK_STR("leetspeak mode: capitals, a closing '!', digits in a Cyrillic word and a number",
		          in, "HELLO WORLD! \u043F\u04401\u0432\u0435\u0442, 1337", c->text, c->len);
		unspoof_cleaned_free(c);
	}
	/* A leet digit in a word restored into another script stays a digit,
	 * but is read as its letter's twin there when the word is judged (a
	 * glued word or not): "сЄi1" + yogh was found glued, its clean
	 * "сЄii" + ezh not. */
	check_idempotent(&o, "leet mode: a digit in a word going into Cyrillic, idempotent",
	                 "\u0441\u0404i1\u021C");
	/* A leet digit counts as the letter it stands for in the paragraph's
	 * script counts, whether or not it is written as one: else "bold l +
	 * 5" had one Latin letter against Cyrillic у and kept it, and its
	 * clean "bold l + s" two, and restored у on the second clean. */
	o.undo &= ~UNSPOOF_KIND_BIT(UNSPOOF_KIND_FANCY);
	check_idempotent(&o, "leet mode: clean is idempotent next to a kept fancy letter",
	                 "\U0001D4255\x1A\u0443");
	/* A lookalike under stacked marks keeps its own finding, so it is
	 * restored whether or not marks are undone (with marks kept it was
	 * left as it was: the MARKS finding had taken its place). */
	unspoof_options_init(&o);
	o.undo &= ~UNSPOOF_KIND_BIT(UNSPOOF_KIND_MARKS);
	in = "Robert Pla\u043F\u0313\u0314\u0316\u0317t stepped quietly through the door.";
	if (unspoof_clean(&o, in, strlen(in), &c) == UNSPOOF_OK) {
		CHECK_STR("marks kept: the Cyrillic \u043F under them is still restored", in,
		          "Robert Plan\u0313\u0314\u0316\u0317t stepped quietly through the door.",
		          c->text, c->len);
		CHECK(c->summary.counts[UNSPOOF_KIND_LOOKALIKE] == 1 &&
		          c->summary.counts[UNSPOOF_KIND_MARKS] == 1,
		      "Pla U+043F + 4 marks + t: %llu lookalike and %llu marks findings, expected 1 and 1",
		      (unsigned long long)c->summary.counts[UNSPOOF_KIND_LOOKALIKE],
		      (unsigned long long)c->summary.counts[UNSPOOF_KIND_MARKS]);
		unspoof_cleaned_free(c);
	}
	unspoof_options_init(&o);
	o.undo = 0;
	in = "Pla\u043Ft";
	if (unspoof_clean(&o, in, strlen(in), &c) == UNSPOOF_OK) {
		CHECK_STR("undo = 0 changes nothing", in, in, c->text, c->len);
		unspoof_cleaned_free(c);
	}
	/* Default options: a word left mixing scripts keeps its dotless ı
	 * (Kazakh text from the evaluation: written i, whose Cyrillic twin
	 * і ı lacks, "Bидeoнiң" became restorable and the next clean wrote
	 * "Видеонің"). */
	unspoof_options_init(&o);
	check_idempotent(&o, "a mixed word left as it is keeps its dotless i, idempotent",
	                 "\u0411\u0435\u0439\u043De\u043D\u0456\u04A3 \u0441o\u043B "
	                 "\u0436\u0430\u0493\u044B\u043D\u0430\u043D\n\n"
	                 "B\u0438\u0434eo\u043D\u0131\u04A3 \u0441\u043E\u043B "
	                 "\u0436\u0430\u0493\u044B\u043D\u0430\u043D \u0431\u0456\u0440");
	/* Lookalikes kept: a fancy letter in a word going into another
	 * script is not written as its letter's twin there (bold e in
	 * "ч𝐞TTT" as Cyrillic е made Cyrillic "че" glued to Latin "TTT" for
	 * the next clean, which then read the leet @ after it as a). */
	unspoof_options_init(&o);
	o.undo &= ~UNSPOOF_KIND_BIT(UNSPOOF_KIND_LOOKALIKE);
	in = "\u0447\U0001D41ETTT";
	if (unspoof_clean(&o, in, strlen(in), &c) == UNSPOOF_OK) {
		CHECK_STR("lookalikes kept: bold e in a Cyrillic word stays", in, in, c->text,
		          c->len);
		unspoof_cleaned_free(c);
	}
	o.leet = 1;
	o.undo |= UNSPOOF_KIND_BIT(UNSPOOF_KIND_LEET);
	check_idempotent(&o, "lookalikes kept, leet mode: clean is idempotent",
	                 "\u0447\U0001D41ETTT@");
	in = "Pla\u043Ft";
	unspoof_options_init(&o);
	o.forbid.bits[unspoof_script_from_name("Latn") >> 6] |=
	    (uint64_t)1 << (unspoof_script_from_name("Latn") & 63);
	if (unspoof_clean(&o, in, strlen(in), &c) == UNSPOOF_OK) {
		CHECK_STR("forbidding Latin as a target", in, in, c->text, c->len);
		unspoof_cleaned_free(c);
	}
	/* Latin forbidden, no anchors: "раy" goes to Cyrillic, which makes
	 * Cyrillic the dominant script; "wВss", judged first against Latin,
	 * is judged again (the next clean counts the restored у). */
	check_idempotent(&o, "Latin forbidden: clean is idempotent when the dominant script settles",
	                 "w\u0412ss \u0440\u0430y");
	unspoof_options_init(&o);
	o.target_script = unspoof_script_from_name("Cyrillic");
	in = "\u041C\u043E\u0441\u043A\u0432a";
	if (unspoof_clean(&o, in, strlen(in), &c) == UNSPOOF_OK) {
		CHECK_STR("forced target script", in, "\u041C\u043E\u0441\u043A\u0432\u0430", c->text, c->len);
		unspoof_cleaned_free(c);
	}
	o.target_script = 100000;
	CHECK(unspoof_clean(&o, in, strlen(in), &c) == UNSPOOF_E_INVALID_ARG, "bad target script");
}

static void test_errors(void)
{
	char buf[4];
	size_t n = 0;
	unspoof_report *r;
	unspoof_stream *s;
	const char *in = "Pla\u043Ft";
	CHECK(unspoof_scan(NULL, NULL, 5, &r) == UNSPOOF_E_NULL, "scan(NULL, 5)");
	CHECK(unspoof_scan(NULL, "x", 1, NULL) == UNSPOOF_E_NULL, "scan(out NULL)");
	CHECK(unspoof_clean_buffer(NULL, in, strlen(in), buf, sizeof buf, &n) ==
	          UNSPOOF_E_BUFFER_TOO_SMALL && n == 5, "clean_buffer too small reports 5, got %zu", n);
	CHECK(unspoof_clean_buffer(NULL, in, strlen(in), NULL, 0, &n) == UNSPOOF_E_BUFFER_TOO_SMALL &&
	      n == 5, "clean_buffer size query");
	CHECK(unspoof_stream_new(NULL, NULL, NULL) == UNSPOOF_E_NULL, "stream_new(NULL)");
	CHECK(unspoof_stream_new(NULL, NULL, &s) == UNSPOOF_OK, "stream without callbacks");
	CHECK(unspoof_stream_feed(s, NULL, 1) == UNSPOOF_E_NULL, "feed(NULL, 1)");
	CHECK(unspoof_stream_finish(s, NULL) == UNSPOOF_OK, "finish");
	CHECK(unspoof_stream_feed(s, "x", 1) == UNSPOOF_E_STATE, "feed after finish");
	CHECK(unspoof_stream_finish(s, NULL) == UNSPOOF_E_STATE, "finish twice");
	unspoof_stream_free(s);
	unspoof_stream_free(NULL);
	unspoof_report_free(NULL);
	unspoof_cleaned_free(NULL);
	CHECK(unspoof_kind_name(UNSPOOF_KIND_COUNT) == NULL && unspoof_verdict_name(3) == NULL,
	      "names out of range");
}

/* Anchor letters must neither appear nor vanish when clean restores a
 * letter: every letter and each letter its lookalike entries let clean write
 * for it count as anchors of the same script, or both as none. Otherwise a
 * second clean counts a paragraph differently from the first and may judge
 * its words differently (Cyrillic U+0400 was restored to È, which no script
 * has a twin of: È then made the next paragraph Latin). Checks the data of
 * gen/gen_lookalike.py and the scanner's reading of it together. */
static void test_anchor_invariant(void)
{
	uint32_t cp;
	unsigned pairs = 0;
	for (cp = 0; cp <= 0x10FFFF; cp++) {
		unsigned i, n, k = us_lookalike_get(cp);
		int a;
		if (!k)
			continue;
		a = us_scan_anchor_script(cp);
		n = us_lookalike_pool[k];
		for (i = 0; i < n; i++) {
			uint32_t t = US_LK_TARGET(us_lookalike_pool[k + 1 + i]);
			int b = us_scan_anchor_script(t);
			pairs++;
			CHECK(a == b, "anchor status changes when clean writes U+%04X for U+%04X: "
			      "U+%04X counts as an anchor of %s, U+%04X of %s", (unsigned)t, (unsigned)cp,
			      (unsigned)cp, a < 0 ? "no script" : unspoof_script_code(a), (unsigned)t,
			      b < 0 ? "no script" : unspoof_script_code(b));
		}
	}
	CHECK(pairs > 2500, "only %u lookalike entries checked", pairs); /* (2,989 in Unicode 17.0) */
}

/* The rows' inputs as the paragraphs of one document, in order and
 * reversed, each paragraph carrying its context into the next: clean is
 * idempotent there too (a second clean judges each paragraph from what it
 * saw of the cleaned ones before). */
static void check_document(void)
{
	size_t i, len = 0;
	char *doc, *p;
	unspoof_options o;
	for (i = 0; i < NROWS; i++)
		len += strlen(rows[i].in) + 2;
	doc = malloc(2 * len + 1);
	if (!doc)
		return;
	p = doc;
	for (i = 0; i < 2 * NROWS; i++) {
		const char *in = rows[i < NROWS ? i : 2 * NROWS - 1 - i].in;
		memcpy(p, in, strlen(in));
		p += strlen(in);
		memcpy(p, "\n\n", 2);
		p += 2;
	}
	*p = 0;
	unspoof_options_init(&o);
	check_idempotent(&o, "every row's input as a paragraph of one document", doc);
	o.leet = 1;
	check_idempotent(&o, "every row's input as a paragraph of one document, leet mode", doc);
	free(doc);
}

int main(void)
{
	size_t i;
	for (i = 0; i < NROWS; i++)
		check_row(&rows[i]);
	check_document();
	test_options();
	test_errors();
	test_anchor_invariant();
	return test_finish("scan");
}
