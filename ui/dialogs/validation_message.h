#pragma once

#include "core/validation.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

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

/**
 * The core names fields as they are stored ("display_name", "emails[0]", "stage_history[1].since") and
 * explains in English; the user reads the label of the form ("Name", "E-mail 1") and a translated sentence.
 * Covers the fields of every entity with core::validationErrors: customer, contact person, episode, task,
 * churn record, relationship cost, partnership and ladder stage set by hand.
 */
QString fieldLabel(const std::string& field);
/**
 * The error in the user's words, one translatable sentence with the field's label in it; nullopt for a message of
 * the core this table does not know yet.
 */
std::optional<QString> knownFieldError(const core::FieldError& error);
/** "E-mail 1: "x" is not an e-mail address (expected name@domain.tld)"; the core's English when it is not known. */
QString describeFieldError(const core::FieldError& error);
/** One line per error. */
QString describeFieldErrors(const std::vector<core::FieldError>& errors);

} // namespace rapport::ui
