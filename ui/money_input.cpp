#include "money_input.h"

#include "i18n/money_format.h"

#include <QLabel>
#include <QResizeEvent>
#include <QStyle>

namespace rapport::ui {

namespace {

bool isSpace(QChar c) {
    // Polish, Swedish, Russian and Ukrainian group digits with a no-break or narrow no-break space; people type
    // a plain one.
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F) || c == QLatin1Char('\t');
}

QString withoutMark(QString text, const QString& mark) {
    if (mark.isEmpty()) {
        return text;
    }
    if (text.endsWith(mark, Qt::CaseInsensitive)) {
        text.chop(mark.size());
    } else if (text.startsWith(mark, Qt::CaseInsensitive)) {
        text.remove(0, mark.size());
    }
    return text.trimmed();
}

/** Digits between grouping marks: the first group 1-3 digits, every later one exactly 3. */
bool groupsByThree(const QList<int>& groupSizes) {
    for (int i = 0; i < groupSizes.size(); ++i) {
        if (i == 0 ? groupSizes[i] < 1 || groupSizes[i] > 3 : groupSizes[i] != 3) {
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<core::Money> parseMoneyInput(const QString& text, const QLocale& locale, const QString& currency) {
    QString t = text.trimmed();
    t = withoutMark(t, i18n::currencySymbol(currency));
    t = withoutMark(t, currency);
    if (t.isEmpty()) {
        return std::nullopt;
    }
    bool negative = false;
    const QString minus = locale.negativeSign();
    if (t.startsWith(QLatin1Char('-')) || t.startsWith(QChar(0x2212)) || (!minus.isEmpty() && t.startsWith(minus))) {
        negative = true;
        t.remove(0, t.startsWith(QLatin1Char('-')) || t.startsWith(QChar(0x2212)) ? 1 : minus.size());
    } else if (t.startsWith(QLatin1Char('+'))) {
        t.remove(0, 1);
    }

    const QString localeDecimal = locale.decimalPoint();
    const QString localeGroup = locale.groupSeparator();
    const QChar decimal = localeDecimal.size() == 1 ? localeDecimal.front() : QLatin1Char('.');
    const bool groupIsVisible = localeGroup.size() == 1 && !isSpace(localeGroup.front());
    const QChar group = groupIsVisible ? localeGroup.front() : QChar();
    // A point typed where the locale writes a comma: a decimal separator, unless points group the digits there.
    const bool pointIsDecimal = decimal == QLatin1Char(',') && group != QLatin1Char('.');
    // The locale's grouping mark used once, without the locale's decimal separator, and followed by one or two
    // digits cannot be grouping (groups have three): it is the other convention's decimal separator, "129,90"
    // typed on an English screen or "12.50" on a German one. Three digits after it stay a group ("1,250").
    const bool groupIsDecimal = groupIsVisible && t.count(group) == 1 && !t.contains(decimal) &&
                                (t.size() - t.indexOf(group) - 1 == 1 || t.size() - t.indexOf(group) - 1 == 2);

    QString whole;
    QString fraction;
    bool seenDecimal = false;
    QList<int> groupSizes;
    int digitsInGroup = 0;
    bool grouped = false;
    for (const QChar c : t) {
        if (c.isDigit()) {
            (seenDecimal ? fraction : whole) += QChar(u'0' + c.digitValue());
            digitsInGroup += seenDecimal ? 0 : 1;
        } else if (isSpace(c)) {
            continue; // spaces group digits in any position people put them
        } else if (!seenDecimal &&
                   (c == decimal || (pointIsDecimal && c == QLatin1Char('.')) || (groupIsDecimal && c == group))) {
            seenDecimal = true;
        } else if (!seenDecimal && groupIsVisible && c == group) {
            grouped = true;
            groupSizes << digitsInGroup;
            digitsInGroup = 0;
        } else {
            return std::nullopt;
        }
    }
    if (grouped) {
        groupSizes << digitsInGroup;
        if (!groupsByThree(groupSizes)) {
            return std::nullopt; // "12,50" in English is neither 1250 nor 12.50: ask rather than guess
        }
    }
    if (whole.isEmpty() && fraction.isEmpty()) {
        return std::nullopt;
    }
    QString canonical = negative ? QStringLiteral("-") : QString();
    canonical += whole.isEmpty() ? QStringLiteral("0") : whole;
    if (seenDecimal) {
        canonical += QLatin1Char('.') + fraction;
    }
    return core::Money::parseDecimal(canonical.toStdString());
}

QString moneyInputText(core::Money money, const QLocale& locale) {
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    return plain.toString(money.toDouble(), 'f', 2);
}

MoneyEdit::MoneyEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_suffix(new QLabel(currencySymbol(), this)) {
    m_suffix->setObjectName(QStringLiteral("currencySuffix"));
    m_suffix->setForegroundRole(QPalette::PlaceholderText);
    m_suffix->setAttribute(Qt::WA_TransparentForMouseEvents);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter); // amounts line up by their last digit, before the sign
    placeSuffix();
}

std::optional<core::Money> MoneyEdit::money() const {
    return parseMoneyInput(text());
}

bool MoneyEdit::isBlank() const {
    return text().trimmed().isEmpty();
}

void MoneyEdit::setMoney(const std::optional<core::Money>& money) {
    setText(money ? moneyInputText(*money) : QString());
}

QString MoneyEdit::suffix() const {
    return m_suffix->text();
}

void MoneyEdit::resizeEvent(QResizeEvent* event) {
    QLineEdit::resizeEvent(event);
    placeSuffix();
}

void MoneyEdit::placeSuffix() {
    const int padding = style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    const int width = m_suffix->text().isEmpty() ? 0 : m_suffix->sizeHint().width() + std::max(padding, 4);
    m_suffix->setVisible(width > 0);
    m_suffix->setGeometry(this->width() - width, 0, width, height());
    setTextMargins(0, 0, width, 0);
}

} // namespace rapport::ui
