#pragma once

#include <QString>

class QBoxLayout;
class QDialogButtonBox;
class QDialog;
class QLabel;

namespace rapport::ui {

/**
 * The parts every editing dialog shares: a hidden red message that lists what must be corrected (object
 * name "validationMessage", which tests look for), and OK/Cancel wired to the dialog's accept() and reject().
 */
QLabel* addValidationMessage(QDialog* dialog, QBoxLayout* layout);
QDialogButtonBox* addOkCancel(QDialog* dialog, QBoxLayout* layout);

/** Shows the problems (one per line) and returns false, or hides the message and returns true when none. */
bool showProblems(QLabel* message, const QString& problems, const QString& heading = {});

} // namespace rapport::ui
