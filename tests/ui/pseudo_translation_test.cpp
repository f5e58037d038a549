// Nothing the app shows bypasses translation. A pseudo-translator answers every message, each literal part in
// ⟦…⟧ and its placeholders outside ("Lost: %1" -> "⟦Lost: ⟧%1"), so text that reached the screen without tr(), a
// code shown as it is stored, or English glued into a translated sentence, stands outside the brackets. The test
// opens the window on a base it wrote itself, visits every page, card tab, chart and dialog, and fails on every
// Latin word outside brackets that is not data it stored.
#include "analysis_service.h"
#include "core/contact_person.h"
#include "core/customer.h"
#include "core/episode.h"
#include "dialogs/import_texts.h"
#include "i18n/language.h"
#include "i18n/money_format.h"
#include "io/field_mapping.h"
#include "io/importer.h"
#include "io/row_expectations.h"
#include "io/vcard.h"
#include "main_window.h"
#include "support/temp_dir.h"
#include "ui/sample_base.h"
#include "ui/visible_texts.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTranslator>

#include <filesystem>
#include <gtest/gtest.h>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace rapport {
namespace {

const QChar kOpen(0x27E6);  // ⟦
const QChar kClose(0x27E7); // ⟧

/** Translates every message of every context: the literal runs bracketed, the placeholders left outside. */
class PseudoTranslator final : public QTranslator {
public:
    QString translate(const char* /*context*/, const char* sourceText, const char* /*disambiguation*/,
                      int /*n*/) const override {
        if (sourceText == nullptr || *sourceText == '\0') {
            return {};
        }
        static const QRegularExpression placeholder(QStringLiteral("%L?(?:\\d{1,2}|n)"));
        const QString source = QString::fromUtf8(sourceText);
        QString out;
        qsizetype from = 0;
        const auto literal = [&](const QString& run) {
            const bool words = std::any_of(run.begin(), run.end(), [](QChar c) { return c.isLetter(); });
            out += words ? kOpen + run + kClose : run;
        };
        for (auto matches = placeholder.globalMatch(source); matches.hasNext();) {
            const auto match = matches.next();
            literal(source.mid(from, match.capturedStart() - from));
            out += match.captured();
            from = match.capturedEnd();
        }
        literal(source.mid(from));
        return out;
    }
    [[nodiscard]] bool isEmpty() const override { return false; }
};

/**
 * Words that are no language: the program's name, the names of the purchase models and their parameters, which the
 * fit warnings quote, and text encodings, which the import dialog names as people look them up.
 */
const std::set<QString> kNotWords{
    QStringLiteral("Rapport"), QStringLiteral("BG"),      QStringLiteral("NBD"),  QStringLiteral("Pareto"),
    QStringLiteral("Gamma"),   QStringLiteral("alpha"),   QStringLiteral("beta"), QStringLiteral("gamma"),
    QStringLiteral("utf"),     QStringLiteral("windows"),
};

/** The Latin words of `text` outside the brackets, once the data strings and file paths are taken out. */
QStringList wordsOutsideBrackets(QString text, const QStringList& dataLongestFirst) {
    static const QRegularExpression path(QStringLiteral("(?:^|\\s)/[^\\s⟦⟧]+")); // files the user chose: data
    text.replace(path, QStringLiteral(" "));
    for (const QString& data : dataLongestFirst) {
        text.replace(data, QStringLiteral(" "));
    }
    QString outside;
    int depth = 0;
    for (const QChar c : text) {
        if (c == kOpen) {
            ++depth;
        } else if (c == kClose) {
            depth = std::max(0, depth - 1);
        } else {
            outside += depth == 0 ? c : QLatin1Char(' ');
        }
    }
    static const QRegularExpression latinWord(QStringLiteral("[A-Za-z]{2,}"));
    QStringList words;
    for (auto matches = latinWord.globalMatch(outside); matches.hasNext();) {
        const QString word = matches.next().captured();
        if (!kNotWords.contains(word)) {
            words << word;
        }
    }
    return words;
}

class PseudoTranslationTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new test::TempDir();
        s_base = new test::SampleBase(test::writeSampleBase(s_dir->file("sample.sqlite")));
    }
    static void TearDownTestSuite() {
        delete s_base;
        delete s_dir;
    }
    void SetUp() override {
        // Dates in a locale that writes them in digits ("31.12.2025"): month names are the locale's, not ours.
        m_locale = QLocale();
        QLocale::setDefault(QLocale(QLocale::Polish, QLocale::Poland));
        QCoreApplication::installTranslator(&m_translator);
    }
    void TearDown() override {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_locale);
    }

    static QStringList data() { return test::dataOnScreen(s_base->data, s_dir->file("sample.sqlite")); }

    static inline test::TempDir* s_dir = nullptr;
    static inline test::SampleBase* s_base = nullptr;
    PseudoTranslator m_translator;
    QLocale m_locale;
};

TEST_F(PseudoTranslationTest, ThePseudoTranslatorBracketsLiteralsAndLeavesPlaceholdersOutside) {
    EXPECT_EQ(QCoreApplication::translate("Any", "Lost: %1").arg(QStringLiteral("Other")),
              QStringLiteral("⟦Lost: ⟧Other"));
    EXPECT_EQ(QCoreApplication::translate("Any", "%Ln customer(s)", nullptr, 3), QStringLiteral("3⟦ customer(s)⟧"));
    EXPECT_EQ(wordsOutsideBrackets(QStringLiteral("⟦Lost: ⟧Other"), {}), QStringList{QStringLiteral("Other")});
    EXPECT_TRUE(
        wordsOutsideBrackets(QStringLiteral("⟦Lost: ⟧Zofia Kowalczyk, 12,5 %"), {QStringLiteral("Zofia Kowalczyk")})
            .isEmpty());
    EXPECT_EQ(wordsOutsideBrackets(QStringLiteral("Zofia Kowalczyk ⟦in⟧ Other"), {QStringLiteral("Zofia Kowalczyk")}),
              QStringList{QStringLiteral("Other")});
}

TEST_F(PseudoTranslationTest, EveryPageAndDialogShowsOnlyTranslatedTextsAndData) {
    ui::MainWindow window;
    // Not maximized on the offscreen screen (800x800), which a first start without a saved size would be.
    window.setWindowState(Qt::WindowNoState);
    window.resize(1280, 800);
    {
        QSignalSpy finished(window.analysis(), &ui::AnalysisService::finished);
        ASSERT_TRUE(window.openDatabase(QString::fromStdString(s_dir->file("sample.sqlite"))));
        ASSERT_TRUE(finished.wait(60'000));
        ASSERT_TRUE(finished.front().at(0).toBool()) << finished.front().at(1).toString().toStdString();
    }
    window.show();
    const QStringList known = data();
    int scenes = 0;
    int texts = 0;
    std::set<std::string> reported; // a widget seen on many scenes is reported once
    test::visitEveryPageAndDialog(
        window, {s_base->organisation, s_base->lost, s_base->prospect}, [&](const QString& scene, QWidget* shown) {
            ++scenes;
            for (const auto& [where, text] : test::collectVisibleTexts(shown)) {
                ++texts;
                // The report itself is written by rapport_reports, which translates its texts on its own; the
                // recent databases are the files and connections the user opened.
                if (where.contains(QStringLiteral("reportView")) ||
                    where.contains(QStringLiteral("recentDatabasesMenu"))) {
                    continue;
                }
                const QStringList english = wordsOutsideBrackets(text, known);
                if (!english.isEmpty() && reported.insert((where + text).toStdString()).second) {
                    ADD_FAILURE() << scene.toStdString() << "\n  " << where.toStdString() << "\n  \""
                                  << text.toStdString()
                                  << "\"\n  not translated: " << english.join(QStringLiteral(", ")).toStdString();
                }
            }
        });
    EXPECT_GT(scenes, 40) << "the visit saw fewer scenes than the app has pages, tabs, charts and dialogs";
    EXPECT_GT(texts, 2000);
}

TEST_F(PseudoTranslationTest, TheFirstStartPromptIsTranslated) {
    test::TempDir empty;
    const auto path = QString::fromStdString(empty.file("new.sqlite"));
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(path));
    int dialogs = 0;
    test::lookAtModal(
        QStringLiteral("the offer of demo data"), [&] { window.offerDemoDataIfEmpty(); },
        [&](const QString&, QWidget* shown) {
            ++dialogs;
            // The currencies offered are ISO codes and signs ("PLN (zł)", "MXN"), the same in every language.
            QStringList known{path};
            for (const auto& currency : i18n::currencySigns()) {
                known << QString::fromUtf8(currency.code) << QString::fromUtf8(currency.symbol);
            }
            static const QRegularExpression isoCode(QStringLiteral("\\b[A-Z]{3}\\b"));
            for (const auto& [where, text] : test::collectVisibleTexts(shown)) {
                EXPECT_TRUE(wordsOutsideBrackets(QString(text).remove(isoCode), known).isEmpty())
                    << where.toStdString() << ": " << text.toStdString();
            }
        });
    EXPECT_EQ(dialogs, 1);
}

TEST(ImportFieldTexts, EveryFieldOfEveryImportHasATranslatableDescriptionAndLabel) {
    for (const auto kind : {io::ImportKind::Customers, io::ImportKind::ContactPersons, io::ImportKind::Episodes,
                            io::ImportKind::Transactions}) {
        for (const auto& field : io::fieldsFor(kind)) {
            EXPECT_TRUE(ui::hasImportFieldDescription(field.description))
                << field.name << ": \"" << field.description << "\" is not in ui/dialogs/import_texts.cpp";
            EXPECT_TRUE(ui::hasImportFieldLabel(field.name))
                << field.name << " has no label in ui/dialogs/import_texts.cpp";
        }
    }
}

TEST(ImportProblemTexts, EveryExpectationOfARejectedRowHasATranslatableText) {
    for (const auto expected : io::expect::kAll) {
        EXPECT_TRUE(ui::hasImportProblemText(expected))
            << "\"" << expected << "\" (io/row_expectations.h) is not in ui/dialogs/import_texts.cpp";
    }
    EXPECT_FALSE(ui::hasImportProblemText("a text rapport_io does not write"));
    // The codes a column may hold stay as the file must write them, in the translated sentence.
    EXPECT_TRUE(
        ui::importProblemExpected(std::string(io::expect::kOneOf) + "b2c, b2b").endsWith(QStringLiteral(" b2c, b2b")));
}

/** The core's real complaints about records a file could hold: every check an imported row can fail. */
std::vector<core::FieldError> coreChecksOfBadRows() {
    std::vector<core::FieldError> all;
    const auto add = [&](const std::vector<core::FieldError>& errors) {
        all.insert(all.end(), errors.begin(), errors.end());
    };

    core::Customer unnamed;
    unnamed.displayName = "";
    unnamed.emails.push_back({"nie-adres", {}});
    unnamed.phones.push_back({"abc", {}});
    unnamed.acquisitionCost = core::Money::fromMinor(-100);
    unnamed.tags = {"vip", "vip", " "};
    unnamed.consents.push_back({});
    unnamed.householdSize = 99;
    unnamed.notes = std::string("line\x01");
    unnamed.segment = "two\nlines";
    add(core::validationErrors(unnamed));
    core::Customer organisation;
    organisation.displayName = std::string(1000, 'x');
    organisation.kind = core::CustomerKind::Organisation;
    organisation.market = core::Market::B2C;
    organisation.incomeBand = core::IncomeBand::High;
    organisation.householdSize = 3;
    organisation.tags.assign(1000, "t");
    for (std::size_t i = 0; i < organisation.tags.size(); ++i) {
        organisation.tags[i] += std::to_string(i);
    }
    add(core::validationErrors(organisation));

    const auto day = core::Date::fromYmd(2025, 3, 7);
    const auto episode = [&](core::EpisodeKind kind, std::optional<std::int64_t> revenue,
                             std::optional<std::int64_t> margin) {
        core::Episode e;
        e.customerId = 1;
        e.occurredOn = day;
        e.kind = kind;
        if (revenue) {
            e.revenue = core::Money::fromMinor(*revenue);
        }
        if (margin) {
            e.margin = core::Money::fromMinor(*margin);
        }
        return e;
    };
    add(core::validationErrors(episode(core::EpisodeKind::Purchase, std::nullopt, 100)));
    add(core::validationErrors(episode(core::EpisodeKind::Purchase, -100, std::nullopt)));
    add(core::validationErrors(episode(core::EpisodeKind::Purchase, 100, 500)));
    add(core::validationErrors(episode(core::EpisodeKind::Return, std::nullopt, std::nullopt)));
    add(core::validationErrors(episode(core::EpisodeKind::Return, 100, std::nullopt)));
    auto call = episode(core::EpisodeKind::Call, 100, 50);
    call.satisfaction = 5;
    call.followUpDone = true;
    call.lineCount = -1;
    add(core::validationErrors(call));
    auto early = episode(core::EpisodeKind::Meeting, std::nullopt, std::nullopt);
    early.followUpOn = day.addDays(-1);
    add(core::validationErrors(early));

    core::ContactPerson person;
    person.customerId = 1;
    person.name = "Anna";
    person.activeFrom = day;
    person.activeTo = day.addDays(-1);
    add(core::validationErrors(person));
    return all;
}

TEST(ImportProblemTexts, EveryCheckOfTheCoreARejectedRowCanFailIsTranslated) {
    PseudoTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const QLocale locale;
    QLocale::setDefault(QLocale(QLocale::Polish, QLocale::Poland)); // dates in digits, as the fixture above
    const auto errors = coreChecksOfBadRows();
    std::set<std::string> messages;
    for (const auto& error : errors) {
        const auto expected = io::expect::withoutQuotedValue(error.message);
        messages.insert(expected);
        const QString said = ui::importProblemExpected(expected);
        EXPECT_TRUE(said.contains(kOpen)) << error.field << ": \"" << expected << "\" reaches the user untranslated";
        EXPECT_TRUE(wordsOutsideBrackets(said, {}).isEmpty())
            << error.field << ": \"" << said.toStdString() << "\" has English outside the translation";
        // A customer the import creates passes the core's message on as it is, the value quoted first.
        EXPECT_TRUE(ui::importProblemExpected(error.message).contains(kOpen)) << error.message;
    }
    // A card the file never ends.
    const auto cards = io::parseVCards("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Nowak\r\n");
    ASSERT_EQ(cards.size(), 1U);
    ASSERT_FALSE(cards.front().error.empty());
    const QString unended = ui::importProblemExpected(cards.front().error);
    EXPECT_TRUE(unended.contains(kOpen) && wordsOutsideBrackets(unended, {}).isEmpty()) << unended.toStdString();
    QLocale::setDefault(locale);
    QCoreApplication::removeTranslator(&translator);
    EXPECT_GE(messages.size(), 25U); // each kind of check above, not one message many times
}

/** The stop a real import of these bytes ends with; Other when it ends without one. */
io::ImportError stopOf(const std::string& path, io::ImportOptions options) {
    try {
        const auto repository =
            storage::openRepository((std::filesystem::path(path).parent_path() / "base.sqlite").string());
        io::importFile(*repository, path, options);
    } catch (const io::ImportError& error) {
        return error;
    }
    return io::ImportError("no stop");
}

TEST(ImportProblemTexts, ABrokenRowIsSaidInTheUsersLanguageWithOrWithoutAHeader) {
    PseudoTranslator translator;
    QCoreApplication::installTranslator(&translator);
    test::TempDir dir;
    const auto repository = storage::openRepository(dir.file("base.sqlite"));
    const std::string rows = "Good One,good@example.com,2\nToo,few\nToo,many,1,extra\n";
    test::writeBytes(dir.file("header.csv"), "name,email,household_size\n" + rows);
    test::writeBytes(dir.file("bare.csv"), rows);
    io::ImportOptions withHeader;
    io::ImportOptions byPosition;
    byPosition.header = false;
    byPosition.fieldOfEveryColumn = {"display_name", "emails", "household_size"};
    std::set<QString> said;
    for (const auto& [path, options] :
         {std::pair{dir.file("header.csv"), withHeader}, std::pair{dir.file("bare.csv"), byPosition}}) {
        const auto report = io::importFile(*repository, path, options);
        ASSERT_EQ(report.problems.size(), 2U) << path;
        for (const auto& problem : report.problems) {
            const QString text = ui::importProblemExpected(problem.expected);
            EXPECT_TRUE(text.contains(kOpen) && wordsOutsideBrackets(text, {}).isEmpty())
                << problem.expected << " -> " << text.toStdString();
            said.insert(text);
        }
    }
    EXPECT_EQ(said.size(), 4U) << "a headerless file's rows are not measured against a header";
    QCoreApplication::removeTranslator(&translator);
}

TEST(ImportStopTexts, EveryReasonAFileCannotBeImportedIsSaidInTheUsersLanguage) {
    PseudoTranslator translator;
    QCoreApplication::installTranslator(&translator);
    test::TempDir dir;
    const auto file = [&](const std::string& name, const std::string& bytes) {
        const auto path = dir.file(name);
        test::writeBytes(path, bytes);
        return path;
    };
    io::ImportOptions customers;
    io::ImportOptions transactions;
    transactions.kind = io::ImportKind::Transactions;
    transactions.createMissingCustomers = true;
    std::vector<io::ImportError> stops;
    stops.push_back(stopOf(dir.file("missing.csv"), customers));
    std::filesystem::create_directory(dir.file("folder.csv"));
    stops.push_back(stopOf(dir.file("folder.csv"), customers));
    stops.push_back(stopOf(file("empty.csv", ""), customers));
    auto utf16 = customers;
    utf16.encoding = io::TextEncoding::Utf16LE;
    stops.push_back(stopOf(file("broken16.csv", std::string("n\0a\0\0\xD8\n\0", 8)), utf16));
    auto vcard = customers;
    vcard.kind = io::ImportKind::VCard;
    stops.push_back(stopOf(file("none.vcf", "FN:Anna Nowak\r\n"), vcard));
    auto changed = customers;
    changed.fieldOfEveryColumn = {"display_name"};
    stops.push_back(stopOf(file("two.csv", "name,email\nAnna,anna@example.com\n"), changed));
    const auto sales = file("sales.csv", "customer_ref,occurred_on,revenue\nK-1,03/04/2024,10\nK-2,13/04/2024,20\n");
    auto monthFirst = transactions;
    monthFirst.dateOrder = io::DateOrder::MonthDayYear;
    stops.push_back(stopOf(sales, monthFirst));
    stops.push_back(stopOf(file("open.csv", "customer_ref,occurred_on,revenue\nK-1,03/04/2024,10\n"), transactions));
    auto unwritable = transactions;
    unwritable.rejectsPath = dir.file("no-such-folder/sales.rejects.csv");
    stops.push_back(stopOf(file("bad.csv", "customer_ref,occurred_on,revenue\nK-1,2024-04-03,sto\n"), unwritable));

    std::set<io::ImportStop> seen;
    for (const auto& stop : stops) {
        seen.insert(stop.stop());
        const QString said = ui::importStopText(stop);
        EXPECT_TRUE(said.contains(kOpen)) << stop.what() << " reaches the user untranslated";
        // The file's path, its column's header and its dates are data.
        const QStringList data = {QString::fromStdString(stop.path()), QStringLiteral("occurred_on"),
                                  QStringLiteral("13/04/2024"), QStringLiteral("03/04/2024")};
        EXPECT_TRUE(wordsOutsideBrackets(said, data).isEmpty()) << said.toStdString();
    }
    QCoreApplication::removeTranslator(&translator);
    // Each stop but Other (a missing column, which the dialog says before any run) and CannotRead (the system
    // refusing to map a file it opened) came from a real file above.
    EXPECT_EQ(seen.size(), 9U);
    EXPECT_FALSE(seen.contains(io::ImportStop::Other)) << "a stop above has no words of its own";
}

} // namespace
} // namespace rapport
