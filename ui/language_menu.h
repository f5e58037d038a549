#pragma once

#include <QString>

class QMenu;
class QWidget;

namespace rapport::ui {

/** The language to start in: the one chosen in View > Language (setting "ui/language"), else the system's. */
QString chosenLanguage();

/**
 * View > Language: the system's language or one of Rapport's, each named in itself ("Polski", "Svenska").
 * The choice is remembered in the settings and applies when Rapport next starts, which the menu says.
 */
QMenu* createLanguageMenu(QWidget* parent);

} // namespace rapport::ui
