#include "dialogs/validation_message.h"

#include <QBoxLayout>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>

namespace rapport::ui {

QLabel* addValidationMessage(QDialog* dialog, QBoxLayout* layout) {
    auto* message = new QLabel(dialog);
    message->setObjectName(QStringLiteral("validationMessage"));
    message->setWordWrap(true);
    message->setStyleSheet(QStringLiteral("color: #b00020"));
    message->hide();
    layout->addWidget(message);
    return message;
}

QDialogButtonBox* addOkCancel(QDialog* dialog, QBoxLayout* layout) {
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return buttons;
}

bool showProblems(QLabel* message, const QString& problems, const QString& heading) {
    if (problems.isEmpty()) {
        message->hide();
        return true;
    }
    message->setText(heading.isEmpty() ? problems : heading + QLatin1Char('\n') + problems);
    message->show();
    return false;
}

} // namespace rapport::ui
