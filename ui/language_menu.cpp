#include "language_menu.h"

#include "i18n/language.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace rapport::ui {

namespace {

const QString kLanguageSetting = QStringLiteral("ui/language");

QString nativeNameOf(const QString& code) {
    for (const i18n::Language& language : i18n::languages()) {
        if (code == QLatin1String(language.code)) {
            return QString::fromUtf8(language.nativeName);
        }
    }
    return code;
}

} // namespace

QString chosenLanguage() {
    const QString chosen = QSettings().value(kLanguageSetting).toString();
    return i18n::isSupported(chosen) ? chosen : i18n::languageOfLocale(QLocale::system());
}

QMenu* createLanguageMenu(QWidget* parent) {
    auto* menu = new QMenu(QCoreApplication::translate("LanguageMenu", "&Language"), parent);
    auto* group = new QActionGroup(menu);
    group->setExclusive(true);
    const QString stored = QSettings().value(kLanguageSetting).toString();

    const auto addChoice = [&](const QString& text, const QString& code) {
        QAction* action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(i18n::isSupported(stored) ? stored == code : code.isEmpty());
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [parent, code] {
            if (QSettings().value(kLanguageSetting).toString() == code) {
                return;
            }
            QSettings().setValue(kLanguageSetting, code);
            const QString language = code.isEmpty() ? i18n::languageOfLocale(QLocale::system()) : code;
            QMessageBox::information(
                parent, QCoreApplication::translate("LanguageMenu", "Language"),
                QCoreApplication::translate("LanguageMenu", "Rapport will be in %1 the next time it starts.")
                    .arg(nativeNameOf(language)));
        });
    };
    addChoice(QCoreApplication::translate("LanguageMenu", "System language (%1)")
                  .arg(nativeNameOf(i18n::languageOfLocale(QLocale::system()))),
              QString());
    menu->addSeparator();
    for (const i18n::Language& language : i18n::languages()) {
        addChoice(QString::fromUtf8(language.nativeName), QLatin1String(language.code));
    }
    return menu;
}

} // namespace rapport::ui
