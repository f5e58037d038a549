#pragma once

#include <QLocale>
#include <QString>

#include <memory>
#include <span>

class QTranslator;

namespace rapport::i18n {

/** A language Rapport is translated into; `code` is what settings and `--language` take. */
struct Language {
    const char* code;       // "pl"
    const char* nativeName; // "Polski": how the language names itself, for the language menu
};

/** English (the source language), Polish, Russian, Ukrainian and Swedish, in that order. */
std::span<const Language> languages();
bool isSupported(const QString& code);
/** The supported language a locale speaks ("pl" for pl_PL), English when Rapport has no translation for it. */
QString languageOfLocale(const QLocale& locale);
/**
 * The locale a text in `code` formats its numbers, dates and money in: the default locale when it speaks that
 * language (the user's own country: en_GB, not en_US; once Translations installed a language it is that
 * language's), else the language's main locale (pl_PL for "pl", en_US for "en" under the C locale).
 */
QLocale localeOfLanguage(const QString& code);

/**
 * The translations of one language, installed in the running application for as long as this object lives:
 * Rapport's own (embedded in the program) and Qt's, for the texts of its standard dialogs. When the language
 * is not the system locale's, the language's own locale becomes the default, so dates, numbers and money
 * follow the words (a Swedish screen shows "12 345,67", not the system's format).
 */
class Translations {
public:
    Translations();
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    /** Installs `code` (one of languages()); false, with nothing installed, for a language Rapport lacks. */
    bool install(const QString& code);
    [[nodiscard]] QString language() const { return m_language; }

private:
    void removeInstalled();

    std::unique_ptr<QTranslator> m_rapport;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language;
};

} // namespace rapport::i18n
