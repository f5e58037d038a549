#include "formatting.h"

#include <QLocale>

namespace rapport::ui {

QDate toQDate(core::Date date) {
    return QDate(date.year(), static_cast<int>(date.month()), static_cast<int>(date.day()));
}

QString formatDate(const std::optional<core::Date>& date) {
    return date ? QLocale().toString(toQDate(*date), QLocale::ShortFormat) : QString();
}

QString formatMoney(core::Money money) {
    return QLocale().toString(money.toDouble(), 'f', 2);
}

QString humanize(std::string_view code) {
    QString text = fromUtf8(code);
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

} // namespace rapport::ui
