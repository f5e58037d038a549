// Every translation is complete: lupdate is run on today's sources into a copy of each .ts file, so a string
// added to the code without a translation fails here, as do unfinished, empty or malformed entries.
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>
#include <set>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or the numerus forms
};

std::vector<Message> readMessages(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&file);
    std::vector<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            if (!current.source.isNull()) {
                messages.push_back(current);
            }
            current = Message{};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished");
            if (!current.numerus) {
                current.translations << xml.readElementText();
            }
        } else if (name == QLatin1String("numerusform")) {
            current.translations << xml.readElementText();
        }
    }
    if (!current.source.isNull()) {
        messages.push_back(current);
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return messages;
}

std::set<QString> placeholders(const QString& text) {
    std::set<QString> found;
    static const QRegularExpression pattern(QStringLiteral("%L?[1-9]"));
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found.insert(it.next().captured());
    }
    return found;
}

QStringList translatedSources() {
    QFile list(QStringLiteral(RAPPORT_TRANSLATED_SOURCES_LIST));
    EXPECT_TRUE(list.open(QIODevice::ReadOnly | QIODevice::Text));
    return QString::fromUtf8(list.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// lupdate on today's sources into a copy of `tsFile`: what the file would hold after `update_translations`.
QString updatedCopy(const QString& tsFile, const QTemporaryDir& dir) {
    const QString copy = dir.filePath(QFileInfo(tsFile).fileName());
    QFile::remove(copy);
    EXPECT_TRUE(QFile::copy(tsFile, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    QStringList arguments{QStringLiteral("-no-obsolete"),
                          QStringLiteral("-locations"),
                          QStringLiteral("none"),
                          QStringLiteral("-I"),
                          QStringLiteral(RAPPORT_SOURCE_DIR "/ui"),
                          QStringLiteral("-I"),
                          QStringLiteral(RAPPORT_SOURCE_DIR "/src")};
    arguments << translatedSources() << QStringLiteral("-ts") << copy;
    lupdate.start(QStringLiteral(RAPPORT_LUPDATE), arguments);
    EXPECT_TRUE(lupdate.waitForFinished(120000));
    EXPECT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
    return copy;
}

// %n or %Ln: the count of a plural message.
const QRegularExpression kCount(QStringLiteral("%L?n"));

class TranslationFile : public ::testing::TestWithParam<const char*> {};

TEST_P(TranslationFile, EveryMessageOfTodaysSourcesIsTranslated) {
    const QString language = QLatin1String(GetParam());
    const int forms = language == QLatin1String("sv") ? 2 : 3; // Polish, Russian, Ukrainian: one, few, many
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto messages = readMessages(
        updatedCopy(QStringLiteral(RAPPORT_SOURCE_DIR "/resources/translations/rapport_%1.ts").arg(language), dir));
    ASSERT_GT(messages.size(), 1000U) << "lupdate found too few messages; is the source list right?";
    int problems = 0;
    for (const Message& m : messages) {
        const std::string where = m.context.toStdString() + ": \"" + m.source.toStdString() + "\"";
        const auto complain = [&](const char* what) {
            if (++problems <= 30) {
                ADD_FAILURE() << language.toStdString() << ": " << what << " — " << where;
            }
        };
        if (m.unfinished) {
            complain("unfinished");
            continue;
        }
        if (m.numerus && m.translations.size() != forms) {
            complain("wrong number of plural forms");
            continue;
        }
        for (const QString& translation : m.translations) {
            if (translation.trimmed().isEmpty()) {
                complain("empty translation");
            } else if (placeholders(translation) != placeholders(m.source)) {
                complain("placeholders %1, %2 ... differ from the source");
            } else if (m.numerus && m.source.contains(kCount) && language != QLatin1String("pl") &&
                       language != QLatin1String("sv") && !translation.contains(kCount)) {
                complain("a plural form without %n (the form also serves 21, 31 ...)");
            }
        }
    }
    EXPECT_EQ(problems, 0) << problems << " problems in rapport_" << language.toStdString() << ".ts";
}

INSTANTIATE_TEST_SUITE_P(Languages, TranslationFile, ::testing::Values("pl", "ru", "uk", "sv"));

TEST(EnglishPlurals, EveryPluralMessageHasItsEnglishForms) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto all =
        readMessages(updatedCopy(QStringLiteral(RAPPORT_SOURCE_DIR "/resources/translations/rapport_pl.ts"), dir));
    std::set<std::pair<QString, QString>> plurals;
    for (const Message& m : all) {
        if (m.numerus) {
            plurals.emplace(m.context, m.source);
        }
    }
    for (const Message& m : readMessages(QStringLiteral(RAPPORT_SOURCE_DIR "/resources/translations/rapport_en.ts"))) {
        if (m.numerus && !m.unfinished && m.translations.size() == 2 && !m.translations[1].isEmpty()) {
            plurals.erase({m.context, m.source});
        }
    }
    for (const auto& [context, source] : plurals) {
        ADD_FAILURE() << "no English singular and plural in rapport_en.ts for " << context.toStdString() << ": \""
                      << source.toStdString() << "\"";
    }
}

} // namespace
