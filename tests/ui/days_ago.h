#pragma once

#include <QDate>

#include <string>

namespace rapport::test {

/** A day relative to today as ISO text, as the app judges from today. */
inline std::string daysAgo(int days) {
    return QDate::currentDate().addDays(-days).toString(Qt::ISODate).toStdString();
}

} // namespace rapport::test
