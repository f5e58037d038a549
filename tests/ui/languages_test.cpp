// The app in each of its languages: every page, card tab, chart and dialog is visited with the real translations
// installed (pl, ru, uk, sv), and no text on screen may be English where the translation has its own words. A
// whole text equal to an English message of the catalogue fails in every language; in Russian and Ukrainian, whose
// words are Cyrillic, so does any Latin word that is neither data the test stored nor a name Rapport keeps as it is
// (model names, file formats, currency codes).
#include "analysis_service.h"
#include "i18n/language.h"
#include "main_window.h"
#include "support/temp_dir.h"
#include "ui/sample_base.h"
#include "ui/visible_texts.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QXmlStreamReader>

#include <gtest/gtest.h>
#include <iterator>
#include <optional>
#include <set>

namespace rapport {
namespace {

QString withoutAccelerator(QString text) {
    static const QRegularExpression accelerator(QStringLiteral("&(?=[^&\\s])"));
    return text.remove(accelerator).trimmed();
}

/**
 * The English sources of `language`'s catalogue without placeholders that are nowhere a translation too: a text on
 * screen equal to one of them is English ("Import" is Polish and Swedish as well, so it is not among them).
 */
std::set<QString> englishTextsWithOtherTranslations(const QString& language) {
    QFile file(QStringLiteral(RAPPORT_SOURCE_DIR "/resources/translations/rapport_%1.ts").arg(language));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    std::set<QString> sources;
    std::set<QString> translations;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == QLatin1String("source")) {
            const QString source = withoutAccelerator(xml.readElementText());
            if (!source.contains(QLatin1Char('%')) && source.size() > 1) {
                sources.insert(source);
            }
        } else if (xml.name() == QLatin1String("translation") || xml.name() == QLatin1String("numerusform")) {
            translations.insert(withoutAccelerator(xml.readElementText(QXmlStreamReader::IncludeChildElements)));
        }
    }
    std::set<QString> english;
    std::set_difference(sources.begin(), sources.end(), translations.begin(), translations.end(),
                        std::inserter(english, english.end()));
    return english;
}

/** Latin words Russian and Ukrainian screens keep as they are: names of models, formats, codes and programs. */
bool keptAsItIs(const QString& word) {
    static const std::set<QString> kept{
        QStringLiteral("Rapport"), QStringLiteral("CRM"), QStringLiteral("BG"), QStringLiteral("NBD"),
        QStringLiteral("Pareto"), QStringLiteral("Gamma"), QStringLiteral("RFM"), QStringLiteral("PDF"),
        QStringLiteral("HTML"), QStringLiteral("XLSX"), QStringLiteral("CSV"), QStringLiteral("JSON"),
        QStringLiteral("vCard"), QStringLiteral("VCF"), QStringLiteral("B2B"), QStringLiteral("B2C"),
        QStringLiteral("ISO"), QStringLiteral("UTF"), QStringLiteral("SQLite"), QStringLiteral("PostgreSQL"),
        QStringLiteral("Ctrl"), QStringLiteral("Shift"), QStringLiteral("Alt"), QStringLiteral("Del"),
        QStringLiteral("Enter"), QStringLiteral("Esc"), QStringLiteral("Tab"), QStringLiteral("PgUp"),
        QStringLiteral("PgDown"), QStringLiteral("Home"), QStringLiteral("End"), QStringLiteral("Delete"),
        QStringLiteral("Backspace"), QStringLiteral("Space"), QStringLiteral("GDPR"), QStringLiteral("RODO"),
        QStringLiteral("R"), QStringLiteral("D"), QStringLiteral("LTV"), QStringLiteral("CLV"), QStringLiteral("ABC"),
        QStringLiteral("P"), QStringLiteral("ERP"), QStringLiteral("Windows"), QStringLiteral("Excel"),
        QStringLiteral("LibreOffice"), QStringLiteral("rapport"), QStringLiteral("cli"), QStringLiteral("sqlite"),
        QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf"), QStringLiteral("html"),
        QStringLiteral("vcf"), QStringLiteral("json"), QStringLiteral("e"), QStringLiteral("mail"),
        QStringLiteral("F5"), QStringLiteral("Q"), QStringLiteral("x"), QStringLiteral("UID"), QStringLiteral("URL"),
        QStringLiteral("ID"), QStringLiteral("NIP"), QStringLiteral("VAT"), QStringLiteral("IBAN"),
        QStringLiteral("ORG"), QStringLiteral("N"), QStringLiteral("TEL"), QStringLiteral("EMAIL"),
        QStringLiteral("ADR"), QStringLiteral("NOTE"), QStringLiteral("TITLE"), QStringLiteral("ROLE"),
        QStringLiteral("FN"), QStringLiteral("HoReCa"), QStringLiteral("Kaplan"), QStringLiteral("Meier"),
        QStringLiteral("Fader"), QStringLiteral("Hardie"), QStringLiteral("Lee"), QStringLiteral("Payne"),
        QStringLiteral("Schmittlein"), QStringLiteral("Morrison"), QStringLiteral("Colombo"), QStringLiteral("OK"),
        QStringLiteral("ASCII"), QStringLiteral("utf"), QStringLiteral("pgpass"), QStringLiteral("docs"),
        QStringLiteral("team"), QStringLiteral("md"),
        // P(alive): the models' own notation, kept in the Russian and Ukrainian glossaries.
        QStringLiteral("alive"),
        // Codes an import file may hold, which the importer reads as they are: shown as they must be written.
        QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("b2c"), QStringLiteral("b2b"),
        QStringLiteral("low"), QStringLiteral("lower"), QStringLiteral("middle"), QStringLiteral("upper"),
        QStringLiteral("high"), QStringLiteral("lower_middle"), QStringLiteral("upper_middle"),
        QStringLiteral("person"), QStringLiteral("household"), QStringLiteral("organisation"), QStringLiteral("blank"),
        QStringLiteral("guest")};
    // Currency codes, the keys of shortcuts ("Ctrl+F", "Alt+Down"), quarters ("Q3"), the ABC classes.
    static const QRegularExpression code(QStringLiteral("^(?:[A-Z]{3}|[A-Z]|Q[1-4]|Up|Down|Left|Right)$"));
    return kept.count(word) > 0 || code.match(word).hasMatch();
}

class LanguagesTest : public ::testing::TestWithParam<const char*> {
protected:
    static void SetUpTestSuite() {
        s_dir = new test::TempDir();
        s_base = new test::SampleBase(test::writeSampleBase(s_dir->file("sample.sqlite")));
    }
    static void TearDownTestSuite() {
        delete s_base;
        delete s_dir;
    }
    void SetUp() override { m_locale = QLocale(); }
    void TearDown() override {
        m_translations.reset(); // back to the English the test main installed
        QLocale::setDefault(m_locale);
    }

    static QStringList data() { return test::dataOnScreen(s_base->data, s_dir->file("sample.sqlite")); }

    static inline test::TempDir* s_dir = nullptr;
    static inline test::SampleBase* s_base = nullptr;
    std::optional<i18n::Translations> m_translations;
    QLocale m_locale;
};

TEST_P(LanguagesTest, NoTextOnAnyPageOrDialogIsLeftInEnglish) {
    const QString language = QLatin1String(GetParam());
    ASSERT_TRUE(m_translations.emplace().install(language));
    QLocale::setDefault(QLocale(language));
    std::set<QString> english = englishTextsWithOtherTranslations(language);
    english.erase(QStringLiteral("OK")); // Qt's own Russian and Ukrainian buttons keep "OK"
    ASSERT_GT(english.size(), 800U);
    const bool cyrillic = language == QLatin1String("ru") || language == QLatin1String("uk");
    QStringList known = data();
    // The channels a transactions file writes, as the field's description names them: codes, not English.
    known << QStringLiteral("point_of_sale, phone, email");
    // A code such as point_of_sale is one word.
    static const QRegularExpression latinWord(QStringLiteral("[A-Za-z][A-Za-z0-9_]*"));

    ui::MainWindow window;
    // Not maximized on the offscreen screen (800x800), which a first start without a saved size would be.
    window.setWindowState(Qt::WindowNoState);
    window.resize(1280, 800);
    {
        QSignalSpy finished(window.analysis(), &ui::AnalysisService::finished);
        ASSERT_TRUE(window.openDatabase(QString::fromStdString(s_dir->file("sample.sqlite"))));
        ASSERT_TRUE(finished.wait(60'000));
    }
    window.show();
    int scenes = 0;
    std::set<std::string> reported;
    test::visitEveryPageAndDialog(
        window, {s_base->organisation, s_base->lost, s_base->prospect}, [&](const QString& scene, QWidget* shown) {
            ++scenes;
            for (const auto& [where, text] : test::collectVisibleTexts(shown)) {
                if (where.contains(QStringLiteral("recentDatabasesMenu"))) {
                    continue; // the files and connections the user opened
                }
                QStringList problems;
                if (english.count(withoutAccelerator(text)) > 0 && !known.contains(text)) {
                    problems << QStringLiteral("the English message itself");
                }
                if (cyrillic) {
                    QString rest = text;
                    for (const QString& datum : known) {
                        rest.replace(datum, QStringLiteral(" "));
                    }
                    for (auto it = latinWord.globalMatch(rest); it.hasNext();) {
                        const QString word = it.next().captured();
                        if (!keptAsItIs(word)) {
                            problems << word;
                        }
                    }
                }
                if (!problems.isEmpty() && reported.insert((where + text).toStdString()).second) {
                    ADD_FAILURE() << language.toStdString() << " · " << scene.toStdString() << "\n  "
                                  << where.toStdString() << "\n  \"" << text.toStdString()
                                  << "\"\n  English: " << problems.join(QStringLiteral(", ")).toStdString();
                }
            }
        });
    EXPECT_GT(scenes, 40);
}

INSTANTIATE_TEST_SUITE_P(Translations, LanguagesTest, ::testing::Values("pl", "ru", "uk", "sv"),
                         [](const auto& testInfo) { return std::string(testInfo.param); });

} // namespace
} // namespace rapport
