#include "i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <array>

namespace rapport::i18n {

namespace {

constexpr std::array kLanguages{
    Language{"en", "English"},    Language{"pl", "Polski"},  Language{"ru", "Русский"},
    Language{"uk", "Українська"}, Language{"sv", "Svenska"},
};

} // namespace

std::span<const Language> languages() {
    return kLanguages;
}

bool isSupported(const QString& code) {
    for (const Language& language : kLanguages) {
        if (code == QLatin1String(language.code)) {
            return true;
        }
    }
    return false;
}

QString languageOfLocale(const QLocale& locale) {
    // "pl_PL" -> "pl"; the C locale and languages without a translation read English.
    const QString code = locale.name().section(QLatin1Char('_'), 0, 0);
    return isSupported(code) ? code : QStringLiteral("en");
}

QLocale localeOfLanguage(const QString& code) {
    const QLocale language(code);
    return QLocale().language() == language.language() ? QLocale() : language;
}

Translations::Translations() = default;

Translations::~Translations() {
    removeInstalled();
}

void Translations::removeInstalled() {
    if (m_rapport) {
        QCoreApplication::removeTranslator(m_rapport.get());
        m_rapport.reset();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }
    m_language.clear();
}

bool Translations::install(const QString& code) {
    if (!isSupported(code)) {
        return false;
    }
    removeInstalled();
    // The .qm files are resources of this library (see CMakeLists.txt); English holds only plural forms.
    auto rapport = std::make_unique<QTranslator>();
    if (!rapport->load(QStringLiteral(":/i18n/rapport_%1.qm").arg(code))) {
        return false;
    }
    QCoreApplication::installTranslator(rapport.get());
    m_rapport = std::move(rapport);

    // Qt's own texts (dialog buttons, context menus) from Debian's qt6-translations-l10n, where installed.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    QLocale::setDefault(languageOfLocale(QLocale::system()) == code ? QLocale::system() : QLocale(code));
    m_language = code;
    return true;
}

} // namespace rapport::i18n
