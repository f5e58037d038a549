#include "dialogs/validation_message.h"

#include "core/money.h"
#include "formatting.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QRegularExpression>

#include <functional>

namespace rapport::ui {

namespace {

/** The translation context of the field labels and messages. */
struct FieldText {
    Q_DECLARE_TR_FUNCTIONS(FieldText)
};

QString plainLabel(const std::string& name) {
    static const std::vector<std::pair<std::string, const char*>> labels{
        {"display_name", QT_TRANSLATE_NOOP("FieldText", "Name")},
        {"name", QT_TRANSLATE_NOOP("FieldText", "Name")},
        {"legal_name", QT_TRANSLATE_NOOP("FieldText", "Legal name")},
        {"address.street", QT_TRANSLATE_NOOP("FieldText", "Street")},
        {"address.postcode", QT_TRANSLATE_NOOP("FieldText", "Postcode")},
        {"address.city", QT_TRANSLATE_NOOP("FieldText", "City")},
        {"address.region", QT_TRANSLATE_NOOP("FieldText", "Region")},
        {"address.country", QT_TRANSLATE_NOOP("FieldText", "Country")},
        {"segment", QT_TRANSLATE_NOOP("FieldText", "Segment")},
        {"owner", QT_TRANSLATE_NOOP("FieldText", "Owner")},
        {"external_ref", QT_TRANSLATE_NOOP("FieldText", "External reference")},
        {"notes", QT_TRANSLATE_NOOP("FieldText", "Notes")},
        {"market", QT_TRANSLATE_NOOP("FieldText", "Market")},
        {"income_band", QT_TRANSLATE_NOOP("FieldText", "Income band")},
        {"household_size", QT_TRANSLATE_NOOP("FieldText", "Household size")},
        {"acquisition_cost", QT_TRANSLATE_NOOP("FieldText", "Acquisition cost")},
        {"tags", QT_TRANSLATE_NOOP("FieldText", "Tags")},
        {"customer_id", QT_TRANSLATE_NOOP("FieldText", "Customer")},
        {"contact_person_id", QT_TRANSLATE_NOOP("FieldText", "Contact person")},
        {"kind", QT_TRANSLATE_NOOP("FieldText", "Kind")},
        {"channel", QT_TRANSLATE_NOOP("FieldText", "Channel")},
        {"occurred_on", QT_TRANSLATE_NOOP("FieldText", "Date")},
        // The episode dialog calls the revenue "Amount": it is also the refund of a return.
        {"revenue", QT_TRANSLATE_NOOP("FieldText", "Amount")},
        {"margin", QT_TRANSLATE_NOOP("FieldText", "Margin")},
        {"satisfaction", QT_TRANSLATE_NOOP("FieldText", "Satisfaction")},
        {"follow_up_on", QT_TRANSLATE_NOOP("FieldText", "Follow-up")},
        {"follow_up_done", QT_TRANSLATE_NOOP("FieldText", "Follow-up done")},
        {"reference", QT_TRANSLATE_NOOP("FieldText", "Document no.")},
        {"line_count", QT_TRANSLATE_NOOP("FieldText", "Invoice lines")},
        {"cancels", QT_TRANSLATE_NOOP("FieldText", "Cancelled purchase")},
        {"title", QT_TRANSLATE_NOOP("FieldText", "Title")},
        {"role", QT_TRANSLATE_NOOP("FieldText", "Role")},
        {"active_from", QT_TRANSLATE_NOOP("FieldText", "Active from")},
        {"active_to", QT_TRANSLATE_NOOP("FieldText", "Active until")},
        {"reason", QT_TRANSLATE_NOOP("FieldText", "Reason")},
        {"details", QT_TRANSLATE_NOOP("FieldText", "Details")},
        {"churned_on", QT_TRANSLATE_NOOP("FieldText", "Left on")},
        {"win_back_attempts", QT_TRANSLATE_NOOP("FieldText", "Win-back attempts")},
        {"win_back_outcome", QT_TRANSLATE_NOOP("FieldText", "Win-back outcome")},
        {"year", QT_TRANSLATE_NOOP("FieldText", "Year")},
        {"amount", QT_TRANSLATE_NOOP("FieldText", "Amount")},
        {"partner_name", QT_TRANSLATE_NOOP("FieldText", "Partner")},
        {"partner_customer_id", QT_TRANSLATE_NOOP("FieldText", "Partner's customer")},
        {"stage_history", QT_TRANSLATE_NOOP("FieldText", "Stages")},
        {"value_shared", QT_TRANSLATE_NOOP("FieldText", "Value shared")},
        {"started_on", QT_TRANSLATE_NOOP("FieldText", "Started on")},
        {"ended_on", QT_TRANSLATE_NOOP("FieldText", "Ended on")},
        {"set_by", QT_TRANSLATE_NOOP("FieldText", "Set by")},
    };
    for (const auto& [key, label] : labels) {
        if (key == name) {
            return FieldText::tr(label);
        }
    }
    return humanize(name); // a field added to the core later still reads as words
}

/** "2026-11-30" as the user writes dates; other text as it is. */
QString localDate(const QString& iso) {
    const auto date = core::Date::parseIso(iso.toStdString());
    return date ? formatDate(*date) : iso;
}

/** "129.90" as the user writes amounts. */
QString localAmount(const QString& decimal) {
    const auto amount = core::Money::parseDecimal(decimal.toStdString());
    return amount ? formatMoney(*amount) : decimal;
}

struct Rule {
    QRegularExpression pattern; // the core's English, anchored, with the values it quotes captured
    std::function<QString(const QRegularExpressionMatch&)> say;
};

const std::vector<Rule>& rules() {
    const auto fixed = [](const char* english, std::function<QString()> say) {
        return Rule{QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(QLatin1String(english)) +
                                       QLatin1Char('$')),
                    [say](const QRegularExpressionMatch&) { return say(); }};
    };
    const auto pattern = [](const char* regex, std::function<QString(const QRegularExpressionMatch&)> say) {
        return Rule{QRegularExpression(QLatin1String(regex)), std::move(say)};
    };
    static const std::vector<Rule> all{
        fixed("is required", [] { return FieldText::tr("is required"); }),
        pattern("^must be at most (\\d+) bytes long$",
                [](const auto& m) {
                    return FieldText::tr("is too long: at most %1 bytes (letters such as ą or é take two)")
                        .arg(m.captured(1));
                }),
        fixed("must be valid UTF-8 text without control characters",
              [] { return FieldText::tr("holds characters that cannot be stored (control characters)"); }),
        fixed("must be valid UTF-8 on one line, without control characters",
              [] { return FieldText::tr("must be one line of text, without control characters"); }),
        fixed("must name the customer", [] { return FieldText::tr("choose the customer"); }),
        fixed("must name the customer the person works for",
              [] { return FieldText::tr("choose the customer the person works for"); }),
        fixed("must name a stored contact person", [] { return FieldText::tr("choose a stored contact person"); }),
        fixed("must name a stored customer", [] { return FieldText::tr("choose a stored customer"); }),
        fixed("is required for a purchase", [] { return FieldText::tr("is required for a purchase"); }),
        fixed("must not be negative for a purchase (record refunds as a return)",
              [] { return FieldText::tr("must not be negative for a purchase (log a refund as a return)"); }),
        fixed("is required for a return (the refunded amount, as a negative number)",
              [] { return FieldText::tr("is required for a return (the refunded amount, as a negative number)"); }),
        fixed("must be zero or negative for a return: it is money given back",
              [] { return FieldText::tr("must be zero or negative for a return: it is money given back"); }),
        pattern("^only purchases and returns carry revenue, not a (\\w+)$",
                [](const auto& m) {
                    return FieldText::tr("only purchases and returns have an amount, not a %1")
                        .arg(humanize(m.captured(1).toStdString()).toLower());
                }),
        pattern("^only purchases and returns carry a margin, not a (\\w+)$",
                [](const auto& m) {
                    return FieldText::tr("only purchases and returns have a margin, not a %1")
                        .arg(humanize(m.captured(1).toStdString()).toLower());
                }),
        fixed("needs the revenue it is part of", [] { return FieldText::tr("needs the amount it is part of"); }),
        pattern("^cannot exceed the revenue \\((.*)\\)$",
                [](const auto& m) {
                    return FieldText::tr("cannot exceed the amount (%1)").arg(localAmount(m.captured(1)));
                }),
        fixed("must be between -2 (very dissatisfied) and +2 (delighted)",
              [] { return FieldText::tr("must be between -2 (very dissatisfied) and +2 (delighted)"); }),
        fixed("needs a follow-up date", [] { return FieldText::tr("needs a follow-up date"); }),
        pattern("^must not be before the episode itself \\((.*)\\)$",
                [](const auto& m) {
                    return FieldText::tr("must not be before the episode's date (%1)").arg(localDate(m.captured(1)));
                }),
        pattern("^must not be before (?:active_from|started_on) \\((.*)\\)$",
                [](const auto& m) {
                    return FieldText::tr("must not be before the start date (%1)").arg(localDate(m.captured(1)));
                }),
        pattern(
            "^must not be before the previous stage change \\((.*)\\)$",
            [](const auto& m) {
                return FieldText::tr("must not be before the previous stage change (%1)").arg(localDate(m.captured(1)));
            }),
        pattern("^'(.*)' is listed twice$",
                [](const auto& m) { return FieldText::tr("\"%1\" is listed twice").arg(m.captured(1)); }),
        pattern("^(\\w+) is listed twice$",
                [](const auto& m) {
                    return FieldText::tr("%1 is listed twice").arg(humanize(m.captured(1).toStdString()));
                }),
        fixed("must not be negative", [] { return FieldText::tr("must not be negative"); }),
        fixed("must be a calendar year between 1900 and 2200",
              [] { return FieldText::tr("must be a year between 1900 and 2200"); }),
        fixed("won back needs at least one win-back attempt",
              [] { return FieldText::tr("\"won back\" needs at least one win-back attempt"); }),
        fixed("an organisation is a B2B customer (expected b2b)",
              [] { return FieldText::tr("an organisation is a business customer (B2B)"); }),
        fixed("applies to people and households, not organisations",
              [] { return FieldText::tr("applies to people and households, not organisations"); }),
        fixed("must be between 1 and 50 people", [] { return FieldText::tr("must be between 1 and 50 people"); }),
        pattern("^at most (\\d+) tags$",
                [](const auto& m) { return FieldText::tr("at most %1 tags").arg(m.captured(1)); }),
        fixed("must not be empty", [] { return FieldText::tr("must not be empty"); }),
        fixed("is required: which consent text the customer agreed to or withdrew",
              [] { return FieldText::tr("is required: which consent text the customer agreed to or withdrew"); }),
        pattern(
            "^'(.*)' is not an e-mail address \\(expected name@domain\\.tld\\)$",
            [](const auto& m) {
                return FieldText::tr("\"%1\" is not an e-mail address (expected name@domain.tld)").arg(m.captured(1));
            }),
        pattern("^'(.*)' is not a phone number \\(expected 3 to 20 digits with spaces, \\+ - \\( \\) \\. /\\)$",
                [](const auto& m) {
                    return FieldText::tr(
                               "\"%1\" is not a phone number (expected 3 to 20 digits, with spaces or + - ( ) . /)")
                        .arg(m.captured(1));
                }),
        fixed("needs at least the stage the partnership is in",
              [] { return FieldText::tr("needs at least the stage the partnership is in"); }),
    };
    return all;
}

} // namespace

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

QString fieldLabel(const std::string& field) {
    // A list element: "emails[0]" is the first e-mail, "stage_history[1].since" the second stage's date.
    static const QRegularExpression element(QStringLiteral("^(\\w+)\\[(\\d+)\\](?:\\.(\\w+))?$"));
    const auto match = element.match(QString::fromStdString(field));
    if (!match.hasMatch()) {
        return plainLabel(field);
    }
    const QString list = match.captured(1);
    const int number = match.captured(2).toInt() + 1;
    const QString part = match.captured(3);
    QString item;
    if (list == QLatin1String("emails")) {
        item = FieldText::tr("E-mail %1").arg(number);
    } else if (list == QLatin1String("phones")) {
        item = FieldText::tr("Phone %1").arg(number);
    } else if (list == QLatin1String("tags")) {
        item = FieldText::tr("Tag %1").arg(number);
    } else if (list == QLatin1String("consents")) {
        item = FieldText::tr("Consent %1").arg(number);
    } else if (list == QLatin1String("stage_history")) {
        item = FieldText::tr("Stage %1").arg(number);
    } else if (list == QLatin1String("bonds")) {
        item = FieldText::tr("Bond %1").arg(number);
    } else {
        item = QStringLiteral("%1 %2").arg(plainLabel(list.toStdString())).arg(number);
    }
    if (part.isEmpty()) {
        return item;
    }
    if (part == QLatin1String("label")) {
        return FieldText::tr("%1, label").arg(item);
    }
    if (part == QLatin1String("since")) {
        return FieldText::tr("%1, since").arg(item);
    }
    if (part == QLatin1String("note")) {
        return FieldText::tr("%1, note").arg(item);
    }
    if (part == QLatin1String("text_version")) {
        return FieldText::tr("%1, text version").arg(item);
    }
    return FieldText::tr("%1, %2").arg(item, plainLabel(part.toStdString()).toLower());
}

std::optional<QString> plainMessage(const std::string& message) {
    const QString text = QString::fromStdString(message);
    for (const auto& rule : rules()) {
        if (const auto match = rule.pattern.match(text); match.hasMatch()) {
            return rule.say(match);
        }
    }
    return std::nullopt;
}

QString describeFieldError(const core::FieldError& error) {
    return FieldText::tr("%1: %2").arg(fieldLabel(error.field),
                                       plainMessage(error.message).value_or(QString::fromStdString(error.message)));
}

QString describeFieldErrors(const std::vector<core::FieldError>& errors) {
    QStringList lines;
    for (const auto& error : errors) {
        lines << describeFieldError(error);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace rapport::ui
