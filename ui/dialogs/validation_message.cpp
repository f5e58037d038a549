#include "dialogs/validation_message.h"

#include "formatting.h"
#include "i18n/domain_terms.h"

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
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::FieldText)
};

QString plainLabel(const std::string& name) {
    static const std::vector<std::pair<std::string, const char*>> labels{
        {"display_name", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Name")},
        {"name", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Name")},
        {"legal_name", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Legal name")},
        {"address.street", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Street")},
        {"address.postcode", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Postcode")},
        {"address.city", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "City")},
        {"address.region", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Region")},
        {"address.country", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Country")},
        {"segment", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Segment")},
        {"owner", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Owner")},
        {"external_ref", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "External reference")},
        {"notes", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Notes")},
        {"market", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Market")},
        {"income_band", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Income band")},
        {"household_size", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Household size")},
        {"acquisition_cost", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Acquisition cost")},
        {"tags", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Tags")},
        {"customer_id", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Customer")},
        {"contact_person_id", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Contact person")},
        {"kind", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Kind")},
        {"channel", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Channel")},
        {"occurred_on", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Date")},
        // The episode dialog calls the revenue "Amount": it is also the refund of a return.
        {"revenue", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Amount")},
        {"margin", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Margin")},
        {"satisfaction", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Satisfaction")},
        {"follow_up_on", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Follow-up")},
        {"follow_up_done", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Follow-up done")},
        {"reference", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Document no.")},
        {"line_count", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Invoice lines")},
        {"cancels", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Cancelled purchase")},
        {"title", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Title")},
        {"role", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Role")},
        {"active_from", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Active from")},
        {"active_to", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Active until")},
        {"reason", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Reason")},
        {"details", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Details")},
        {"churned_on", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Left on")},
        {"win_back_attempts", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Win-back attempts")},
        {"win_back_outcome", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Win-back outcome")},
        {"year", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Year")},
        {"amount", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Amount")},
        {"partner_name", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Partner")},
        {"partner_customer_id", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Partner's customer")},
        {"stage_history", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Stages")},
        {"value_shared", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Value shared")},
        {"started_on", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Started on")},
        {"ended_on", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Ended on")},
        {"set_by", QT_TRANSLATE_NOOP("rapport::ui::FieldText", "Set by")},
    };
    for (const auto& [key, label] : labels) {
        if (key == name) {
            return FieldText::tr(label);
        }
    }
    return i18n::humanizeCode(name); // a field added to the core later still reads as words
}

/** A code the core quotes in a message ("call", "legal") in the domain's words, as a lower-case noun. */
template <typename Enum> QString termOf(const QString& code) {
    const auto value = core::fromCode<Enum>(code.toStdString());
    return value ? i18n::term(*value).toLower() : i18n::humanizeCode(code.toStdString()).toLower();
}

/**
 * One of the core's messages and how to say it: `say` gets the field's label and the values the core quoted, and
 * returns the whole line ("Name: is required"), one sentence for the translator with the label in it.
 */
struct Rule {
    QRegularExpression pattern; // the core's English, anchored, with the values it quotes captured
    std::function<QString(const QString& label, const QRegularExpressionMatch&)> say;
};

const std::vector<Rule>& rules() {
    const auto fixed = [](const char* english, std::function<QString(const QString&)> say) {
        return Rule{QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(QLatin1String(english)) +
                                       QLatin1Char('$')),
                    [say](const QString& label, const QRegularExpressionMatch&) { return say(label); }};
    };
    const auto pattern = [](const char* regex,
                            std::function<QString(const QString&, const QRegularExpressionMatch&)> say) {
        return Rule{QRegularExpression(QLatin1String(regex)), std::move(say)};
    };
    static const std::vector<Rule> all{
        fixed("is required", [](const QString& label) { return FieldText::tr("%1: is required").arg(label); }),
        pattern("^must be at most (\\d+) bytes long$",
                [](const QString& label, const auto& m) {
                    return FieldText::tr("%1: is too long: at most %n byte(s) (letters such as ą or é take two)",
                                         nullptr, m.captured(1).toInt())
                        .arg(label);
                }),
        fixed("must be valid UTF-8 text without control characters",
              [](const QString& label) {
                  return FieldText::tr("%1: holds characters that cannot be stored (control characters)").arg(label);
              }),
        fixed("must be valid UTF-8 on one line, without control characters",
              [](const QString& label) {
                  return FieldText::tr("%1: must be one line of text, without control characters").arg(label);
              }),
        fixed("must name the customer",
              [](const QString& label) { return FieldText::tr("%1: choose the customer").arg(label); }),
        fixed("must name the customer the person works for",
              [](const QString& label) {
                  return FieldText::tr("%1: choose the customer the person works for").arg(label);
              }),
        fixed("must name a stored contact person",
              [](const QString& label) { return FieldText::tr("%1: choose a stored contact person").arg(label); }),
        fixed("must name a stored customer",
              [](const QString& label) { return FieldText::tr("%1: choose a stored customer").arg(label); }),
        fixed("is required for a purchase",
              [](const QString& label) { return FieldText::tr("%1: is required for a purchase").arg(label); }),
        fixed("must not be negative for a purchase (record refunds as a return)",
              [](const QString& label) {
                  return FieldText::tr("%1: must not be negative for a purchase (log a refund as a return)").arg(label);
              }),
        fixed("is required for a return (the refunded amount, as a negative number)",
              [](const QString& label) {
                  return FieldText::tr("%1: is required for a return (the refunded amount, as a negative number)")
                      .arg(label);
              }),
        fixed("must be zero or negative for a return: it is money given back",
              [](const QString& label) {
                  return FieldText::tr("%1: must be zero or negative for a return: it is money given back").arg(label);
              }),
        pattern("^only purchases and returns carry revenue, not a (\\w+)$",
                [](const QString& label, const auto& m) {
                    return FieldText::tr("%1: only purchases and returns have an amount, not this kind of episode (%2)")
                        .arg(label, termOf<core::EpisodeKind>(m.captured(1)));
                }),
        pattern("^only purchases and returns carry a margin, not a (\\w+)$",
                [](const QString& label, const auto& m) {
                    return FieldText::tr("%1: only purchases and returns have a margin, not this kind of episode (%2)")
                        .arg(label, termOf<core::EpisodeKind>(m.captured(1)));
                }),
        fixed("needs the revenue it is part of",
              [](const QString& label) { return FieldText::tr("%1: needs the amount it is part of").arg(label); }),
        pattern("^cannot exceed the revenue \\((.*)\\)$",
                [](const QString& label, const auto& m) {
                    return FieldText::tr("%1: cannot exceed the amount (%2)")
                        .arg(label, formatDecimalAmount(m.captured(1)));
                }),
        fixed("must be between -2 (very dissatisfied) and +2 (delighted)",
              [](const QString& label) {
                  return FieldText::tr("%1: must be between -2 (very dissatisfied) and +2 (delighted)").arg(label);
              }),
        fixed("needs a follow-up date",
              [](const QString& label) { return FieldText::tr("%1: needs a follow-up date").arg(label); }),
        pattern("^must not be before the episode itself \\((.*)\\)$",
                [](const QString& label, const auto& m) {
                    return FieldText::tr("%1: must not be before the episode's date (%2)")
                        .arg(label, formatIsoDate(m.captured(1)));
                }),
        pattern("^must not be before (?:active_from|started_on) \\((.*)\\)$",
                [](const QString& label, const auto& m) {
                    return FieldText::tr("%1: must not be before the start date (%2)")
                        .arg(label, formatIsoDate(m.captured(1)));
                }),
        pattern("^must not be before the previous stage change \\((.*)\\)$",
                [](const QString& label, const auto& m) {
                    return FieldText::tr("%1: must not be before the previous stage change (%2)")
                        .arg(label, formatIsoDate(m.captured(1)));
                }),
        pattern("^'(.*)' is listed twice$",
                [](const QString& label, const auto& m) {
                    return FieldText::tr("%1: \"%2\" is listed twice").arg(label, m.captured(1));
                }),
        pattern("^(\\w+) is listed twice$",
                [](const QString& label, const auto& m) {
                    return FieldText::tr("%1: %2 is listed twice", "a partnership bond")
                        .arg(label, termOf<core::Bond>(m.captured(1)));
                }),
        fixed("must not be negative",
              [](const QString& label) { return FieldText::tr("%1: must not be negative").arg(label); }),
        fixed(
            "must be a calendar year between 1900 and 2200",
            [](const QString& label) { return FieldText::tr("%1: must be a year between 1900 and 2200").arg(label); }),
        fixed("won back needs at least one win-back attempt",
              [](const QString& label) {
                  return FieldText::tr("%1: \"won back\" needs at least one win-back attempt").arg(label);
              }),
        fixed("an organisation is a B2B customer (expected b2b)",
              [](const QString& label) {
                  return FieldText::tr("%1: an organisation is a business customer (B2B)").arg(label);
              }),
        fixed("applies to people and households, not organisations",
              [](const QString& label) {
                  return FieldText::tr("%1: applies to people and households, not organisations").arg(label);
              }),
        fixed("must be between 1 and 50 people",
              [](const QString& label) { return FieldText::tr("%1: must be between 1 and 50 people").arg(label); }),
        pattern("^at most (\\d+) tags$",
                [](const QString& label, const auto& m) {
                    return FieldText::tr("%1: at most %n tag(s)", nullptr, m.captured(1).toInt()).arg(label);
                }),
        fixed("must not be empty",
              [](const QString& label) { return FieldText::tr("%1: must not be empty").arg(label); }),
        fixed("is required: which consent text the customer agreed to or withdrew",
              [](const QString& label) {
                  return FieldText::tr("%1: is required: which consent text the customer agreed to or withdrew")
                      .arg(label);
              }),
        pattern("^'(.*)' is not an e-mail address \\(expected name@domain\\.tld\\)$",
                [](const QString& label, const auto& m) {
                    return FieldText::tr("%1: \"%2\" is not an e-mail address (expected name@domain.tld)")
                        .arg(label, m.captured(1));
                }),
        pattern("^'(.*)' is not a phone number \\(expected 3 to 20 digits with spaces, \\+ - \\( \\) \\. /\\)$",
                [](const QString& label, const auto& m) {
                    return FieldText::tr(
                               "%1: \"%2\" is not a phone number (expected 3 to 20 digits, with spaces or + - ( ) . /)")
                        .arg(label, m.captured(1));
                }),
        fixed("needs at least the stage the partnership is in",
              [](const QString& label) {
                  return FieldText::tr("%1: needs at least the stage the partnership is in").arg(label);
              }),
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
        item = FieldText::tr("%1 %2", "a list's label and the element's number, e.g. E-mail 2")
                   .arg(plainLabel(list.toStdString()))
                   .arg(number);
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

std::optional<QString> knownFieldError(const core::FieldError& error) {
    const QString text = QString::fromStdString(error.message);
    for (const auto& rule : rules()) {
        if (const auto match = rule.pattern.match(text); match.hasMatch()) {
            return rule.say(fieldLabel(error.field), match);
        }
    }
    return std::nullopt;
}

QString describeFieldError(const core::FieldError& error) {
    // A message of the core this table does not know yet reaches the user in the core's English.
    return knownFieldError(error).value_or(FieldText::tr("%1: %2", "a field: what is wrong with it")
                                               .arg(fieldLabel(error.field), QString::fromStdString(error.message)));
}

QString describeFieldErrors(const std::vector<core::FieldError>& errors) {
    QStringList lines;
    for (const auto& error : errors) {
        lines << describeFieldError(error);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace rapport::ui
