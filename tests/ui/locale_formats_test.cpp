// Dates and numbers the way the user's locale writes them, in the fields where they are typed too: the date
// fields' format and calendar (its first day of the week), and the decimal comma in the analysis settings.
#include "date_edit.h"
#include "dialogs/analysis_settings_dialog.h"
#include "formatting.h"

#include <QCalendarWidget>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

namespace rapport {
namespace {

/** Makes `locale` the default for the widgets a test creates, as i18n::Translations does at start. */
class LocaleFormatsTest : public ::testing::Test {
protected:
    void TearDown() override { QLocale::setDefault(m_saved); }
    static void use(const QLocale& locale) { QLocale::setDefault(locale); }

    QLocale m_saved;
};

TEST_F(LocaleFormatsTest, ADateFieldShowsTheLocalesDateAndItsCalendarStartsTheWeekWhereTheLocaleDoes) {
    const QDate day(2026, 11, 30);
    const struct {
        QLocale locale;
        QString shown;
        Qt::DayOfWeek firstDay;
    } cases[] = {
        {QLocale(QLocale::Polish, QLocale::Poland), QStringLiteral("30.11.2026"), Qt::Monday},
        {QLocale(QLocale::Swedish, QLocale::Sweden), QStringLiteral("2026-11-30"), Qt::Monday},
        {QLocale(QLocale::Russian, QLocale::Russia), QStringLiteral("30.11.2026"), Qt::Monday},
        {QLocale(QLocale::Ukrainian, QLocale::Ukraine), QStringLiteral("30.11.2026"), Qt::Monday},
        {QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("11/30/2026"), Qt::Sunday},
    };
    for (const auto& c : cases) {
        use(c.locale);
        ui::DateEdit edit(day);
        EXPECT_EQ(edit.lineEdit()->text(), c.shown) << c.locale.name().toStdString();
        EXPECT_EQ(edit.calendar()->firstDayOfWeek(), c.firstDay) << c.locale.name().toStdString();
        EXPECT_EQ(edit.calendar()->locale().name(), c.locale.name());
        // What the field shows it reads back, and a date typed the locale's way.
        edit.lineEdit()->setText(c.shown);
        EXPECT_EQ(edit.date(), day) << c.locale.name().toStdString();
    }
}

TEST_F(LocaleFormatsTest, TheAnalysisSettingsTakeAndShowTheDecimalComma) {
    use(QLocale(QLocale::Polish, QLocale::Poland));
    analytics::BaseAnalysisOptions options;
    options.monthlyDiscount = 0.0125;
    options.fourGroups.frequencyThreshold = 0.5;
    ui::AnalysisSettingsDialog dialog(options, nullptr);
    auto* discount = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("analysisDiscount"));
    auto* frequency = dialog.findChild<QLineEdit*>(QStringLiteral("analysisFrequencyThreshold"));
    auto* cost = dialog.findChild<QLineEdit*>(QStringLiteral("analysisCostThreshold"));
    ASSERT_NE(discount, nullptr);
    ASSERT_NE(frequency, nullptr);
    ASSERT_NE(cost, nullptr);
    EXPECT_TRUE(discount->text().startsWith(QStringLiteral("1,25"))) << discount->text().toStdString();
    EXPECT_EQ(frequency->text(), QStringLiteral("0,5"));

    // Typed with a comma, as a Polish user types; a point is read too.
    discount->clear();
    QTest::keyClicks(discount, QStringLiteral("2,5"));
    discount->interpretText();
    frequency->setText(QStringLiteral("0,75"));
    cost->setText(QStringLiteral("55.5"));
    EXPECT_TRUE(dialog.problems().isEmpty()) << dialog.problems().toStdString();
    const auto read = dialog.options();
    EXPECT_DOUBLE_EQ(read.monthlyDiscount, 0.025);
    EXPECT_DOUBLE_EQ(read.fourGroups.frequencyThreshold.value_or(0), 0.75);
    EXPECT_DOUBLE_EQ(read.fourGroups.costThreshold.value_or(0), 55.5);

    // The example in a refusal is written the locale's way too.
    frequency->setText(QStringLiteral("dużo"));
    EXPECT_TRUE(dialog.problems().contains(QStringLiteral("0,5"))) << dialog.problems().toStdString();
}

TEST_F(LocaleFormatsTest, TheMonthsBesideANumberFollowIt) {
    use(QLocale(QLocale::English, QLocale::UnitedKingdom));
    analytics::BaseAnalysisOptions options;
    options.horizonMonths = 12;
    ui::AnalysisSettingsDialog dialog(options, nullptr);
    auto* horizon = dialog.findChild<QSpinBox*>(QStringLiteral("analysisHorizon"));
    ASSERT_NE(horizon, nullptr);
    // Without a translation loaded Qt leaves the plural marker as it is; the number is never part of the words.
    EXPECT_TRUE(horizon->suffix().startsWith(QStringLiteral(" month"))) << horizon->suffix().toStdString();
    EXPECT_TRUE(horizon->prefix().isEmpty()) << horizon->prefix().toStdString();
    EXPECT_EQ(horizon->text(), QStringLiteral("12") + horizon->suffix());
    horizon->setValue(1);
    EXPECT_EQ(horizon->text(), QStringLiteral("1") + horizon->suffix());
}

TEST_F(LocaleFormatsTest, PercentagesAndCountsAreWrittenTheLocalesWay) {
    use(QLocale(QLocale::Polish, QLocale::Poland));
    EXPECT_EQ(ui::formatPercent(0.125, 1), QStringLiteral("12,5 %"));
    EXPECT_EQ(ui::formatCount(12345678), QStringLiteral("12\u00a0345\u00a0678")); // Polish groups: no-break spaces
    use(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(ui::formatCount(1234567), QStringLiteral("1,234,567"));
}

} // namespace
} // namespace rapport
