// The details users met when trying the app by hand (issue 15, item 12): mnemonics, typed dates, focus and
// Enter in the episode dialog, validation in the form's words, telling namesakes apart, the charts' lists,
// blanks in a sorted column and amounts with their currency.
#include "analysis_service.h"
#include "core/churn.h"
#include "core/contact_person.h"
#include "core/customer.h"
#include "core/episode.h"
#include "core/ladder.h"
#include "core/partnership.h"
#include "core/relationship_cost.h"
#include "customer_list_model.h"
#include "date_edit.h"
#include "dialogs/analysis_settings_dialog.h"
#include "dialogs/connect_dialog.h"
#include "dialogs/customer_dialog.h"
#include "dialogs/episode_dialog.h"
#include "dialogs/ladder_stage_dialog.h"
#include "dialogs/placeholder_list.h"
#include "dialogs/validation_message.h"
#include "episode_list_model.h"
#include "formatting.h"
#include "main_window.h"
#include "pages/analytics_page.h"
#include "storage/fixtures.h"
#include "ui/english.h"
#include "ui/ui_fixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QScatterSeries>

using namespace rapport;
using namespace rapport::test;

namespace {

class DetailsTest : public DemoDatabaseFixture {
protected:
    static void SetUpTestSuite() { createDemo(600); }
    void SetUp() override { m_repository = storage::openRepository(databasePath()); }
    void TearDown() override { QLocale::setDefault(QLocale::c()); }

    static void openAndAnalyse(ui::MainWindow& window) {
        QSignalSpy finished(window.analysis(), &ui::AnalysisService::finished);
        ASSERT_TRUE(window.openDatabase(QString::fromStdString(databasePath())));
        ASSERT_TRUE(finished.wait(60'000));
        ASSERT_TRUE(finished.front().at(0).toBool()) << finished.front().at(1).toString().toStdString();
    }
    static void showActive(QWidget& widget) {
        widget.show();
        QApplication::setActiveWindow(&widget);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&widget));
    }
    std::unique_ptr<storage::Repository> m_repository;
};

/** Every label that shows a mnemonic has a buddy: without one QLabel draws the "&" instead. */
void expectMnemonicsHaveBuddies(const QWidget& dialog) {
    for (const auto* label : dialog.findChildren<QLabel*>()) {
        const QString text = label->text();
        const bool mnemonic =
            text.contains(QRegularExpression(QStringLiteral("&[^&\\s]"))) && !text.contains(QLatin1Char('<'));
        if (mnemonic) {
            EXPECT_NE(label->buddy(), nullptr) << dialog.metaObject()->className() << ": " << text.toStdString();
        }
    }
}

} // namespace

TEST_F(DetailsTest, EveryDialogLabelWithAMnemonicHasABuddy) {
    ui::EpisodeDialog episode(*m_repository, 0, nullptr);
    expectMnemonicsHaveBuddies(episode);
    ui::CustomerDialog customer(m_repository->customer(3).value(), nullptr);
    expectMnemonicsHaveBuddies(customer);
    ui::LadderStageDialog ladder(std::nullopt, nullptr);
    expectMnemonicsHaveBuddies(ladder);
    ui::AnalysisSettingsDialog settings(analytics::BaseAnalysisOptions{}, nullptr);
    expectMnemonicsHaveBuddies(settings);
    ui::ConnectDialog connect(nullptr);
    expectMnemonicsHaveBuddies(connect);
}

TEST_F(DetailsTest, AltAndTheUnderlinedLetterFocusTheEpisodeDialogsFields) {
    ui::EpisodeDialog dialog(*m_repository, 5, nullptr);
    showActive(dialog);
    QTest::keyClick(&dialog, Qt::Key_C, Qt::AltModifier);
    EXPECT_EQ(QApplication::focusWidget(), dialog.customerSearch());
    QTest::keyClick(&dialog, Qt::Key_U, Qt::AltModifier);
    EXPECT_EQ(QApplication::focusWidget(), dialog.findChild<QCheckBox*>(QStringLiteral("episodeFollowUp")));
}

TEST_F(DetailsTest, AWholeDateTypedInTheDisplayFormatOrAsIsoIsTheDate) {
    const QDate expected(2026, 11, 30);
    for (const char* name : {"en_GB", "en_US", "pl_PL", "de_DE", "fr_FR"}) {
        const QLocale locale(QString::fromLatin1(name));
        QLocale::setDefault(locale);
        for (const QString& typed :
             {locale.toString(expected, ui::DateEdit::displayFormat(locale)), QStringLiteral("2026-11-30"),
              locale.toString(expected, locale.dateFormat(QLocale::ShortFormat))}) {
            ui::DateEdit edit(QDate(2026, 12, 7));
            showActive(edit);
            QSignalSpy changed(&edit, &ui::DateEdit::dateChanged);
            edit.lineEdit()->selectAll();
            QTest::keyClicks(edit.lineEdit(), typed);
            EXPECT_EQ(edit.date(), expected) << name << " typed " << typed.toStdString();
            QTest::keyClick(edit.lineEdit(), Qt::Key_Return);
            EXPECT_EQ(edit.date(), expected) << name << " typed " << typed.toStdString();
            EXPECT_EQ(changed.count(), 1);
            EXPECT_EQ(edit.lineEdit()->text(), locale.toString(expected, ui::DateEdit::displayFormat(locale)));
        }
    }
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    EXPECT_EQ(ui::DateEdit::parse(QStringLiteral("30 Nov 2026")), expected);
    EXPECT_EQ(ui::DateEdit::parse(QStringLiteral("30 November 2026")), expected);
    EXPECT_EQ(ui::DateEdit::parse(QStringLiteral("30/11/26")), expected);
    EXPECT_FALSE(ui::DateEdit::parse(QStringLiteral("31/11/2026")).isValid());
    EXPECT_FALSE(ui::DateEdit::parse(QStringLiteral("soon")).isValid());
}

TEST_F(DetailsTest, TypingTheFollowUpDateInTheEpisodeDialogKeepsEveryPart) {
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    ui::EpisodeDialog dialog(*m_repository, 5, nullptr);
    showActive(dialog);
    auto* followUp = dialog.findChild<QCheckBox*>(QStringLiteral("episodeFollowUp"));
    auto* on = dialog.findChild<ui::DateEdit*>(QStringLiteral("episodeFollowUpOn"));
    ASSERT_NE(on, nullptr);
    followUp->setFocus();
    QTest::keyClick(followUp, Qt::Key_Space);
    ASSERT_TRUE(followUp->isChecked());
    QTest::keyClick(followUp, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), on->lineEdit());
    QTest::keyClicks(on->lineEdit(), QStringLiteral("30 Nov 2026")); // Tab selected the old date: typing replaces it
    EXPECT_EQ(ui::toQDate(dialog.episode().followUpOn), QDate(2026, 11, 30));
    on->lineEdit()->selectAll();
    QTest::keyClicks(on->lineEdit(), QStringLiteral("2026-12-24"));
    QTest::keyClick(on->lineEdit(), Qt::Key_Tab);
    EXPECT_EQ(ui::toQDate(dialog.episode().followUpOn), QDate(2026, 12, 24));
    EXPECT_EQ(on->lineEdit()->text(), QStringLiteral("24/12/2026"));
}

TEST_F(DetailsTest, TheEpisodeDialogStartsInTheCustomerFieldUnlessTheCustomerIsGiven) {
    {
        ui::EpisodeDialog dialog(*m_repository, 0, nullptr);
        showActive(dialog);
        EXPECT_EQ(QApplication::focusWidget(), dialog.customerSearch());
    }
    {
        ui::EpisodeDialog dialog(*m_repository, 5, nullptr);
        showActive(dialog);
        EXPECT_EQ(QApplication::focusWidget(), dialog.findChild<QComboBox*>(QStringLiteral("episodeKind")));
    }
}

TEST_F(DetailsTest, EnterInTheCustomerSuggestionsChoosesOneAndDoesNotSave) {
    ui::EpisodeDialog dialog(*m_repository, 0, nullptr);
    showActive(dialog);
    const auto row = m_repository->customerRow(7).value();
    const QString name = QString::fromStdString(row.displayName);
    QTest::keyClicks(dialog.customerSearch(), name);
    QTest::qWait(300); // the search runs after a pause in typing
    ASSERT_GT(dialog.customerMatches()->count(), 0);
    QTest::keyClick(dialog.customerSearch(), Qt::Key_Down);
    EXPECT_EQ(QApplication::focusWidget(), dialog.customerMatches());
    QTest::keyClick(dialog.customerMatches(), Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible()); // not saved
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(QApplication::focusWidget(), dialog.findChild<QComboBox*>(QStringLiteral("episodeKind")));
    EXPECT_EQ(dialog.episode().customerId, dialog.customerMatches()->item(0)->data(Qt::UserRole).toLongLong());
}

namespace {

/** How many pixels of a widget differ from its background: a drawn text makes some. */
int drawnPixels(QWidget* widget) {
    const QImage image = widget->grab().toImage();
    const QRgb background = widget->palette().base().color().rgb();
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            drawn += image.pixel(x, y) != background ? 1 : 0;
        }
    }
    return drawn;
}

} // namespace

TEST_F(DetailsTest, TheSuggestionsSayWhatTheyAreForWhileEmptyAndWhenNothingMatches) {
    ui::EpisodeDialog dialog(*m_repository, 0, nullptr);
    showActive(dialog);
    auto* matches = dialog.customerMatches();
    ASSERT_EQ(matches->count(), 0);
    EXPECT_TRUE(matches->placeholderText().contains(QStringLiteral("appear here as you type")))
        << matches->placeholderText().toStdString();
    EXPECT_GT(drawnPixels(matches->viewport()), 50) << "the hint is drawn in the empty list";
    QTest::keyClicks(dialog.customerSearch(), QStringLiteral("zqxzqx"));
    QTest::qWait(300); // the search runs after a pause in typing
    EXPECT_EQ(matches->count(), 0);
    EXPECT_EQ(matches->placeholderText(), QStringLiteral("No customer matches “zqxzqx”."));
    const auto row = m_repository->customerRow(7).value();
    dialog.customerSearch()->clear();
    QTest::keyClicks(dialog.customerSearch(), QString::fromStdString(row.displayName));
    QTest::qWait(300);
    ASSERT_GT(matches->count(), 0);
    const int withRows = drawnPixels(matches->viewport());
    matches->setPlaceholderText(QStringLiteral("WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW"));
    EXPECT_EQ(drawnPixels(matches->viewport()), withRows) << "no hint over the matches";
}

TEST_F(DetailsTest, SuggestedCustomersShowCityAndNumberToTellNamesakesApart) {
    const auto row = m_repository->customerRow(7).value();
    ui::EpisodeDialog dialog(*m_repository, 0, nullptr);
    dialog.customerSearch()->setText(QString::fromStdString(row.displayName));
    emit dialog.customerSearch()->textEdited(dialog.customerSearch()->text());
    QTest::qWait(300);
    QStringList labels;
    for (int i = 0; i < dialog.customerMatches()->count(); ++i) {
        labels << dialog.customerMatches()->item(i)->text();
    }
    const QString expected = row.city.empty()
                                 ? QStringLiteral("%1 — #7").arg(QString::fromStdString(row.displayName))
                                 : QStringLiteral("%1 — %2 · #7")
                                       .arg(QString::fromStdString(row.displayName), QString::fromStdString(row.city));
    EXPECT_TRUE(labels.contains(expected)) << labels.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(ui::customerChoiceLabel("Anna Kowalska", "Kraków", 1234),
              QStringLiteral("Anna Kowalska — Kraków · #1234"));
}

TEST(ValidationTextTest, EveryEntitysProblemsReadInTheFormsWords) {
    const auto day = core::Date::fromYmd(2026, 3, 1);
    std::vector<core::FieldError> errors;
    const auto collect = [&errors](std::vector<core::FieldError> more) {
        ASSERT_FALSE(more.empty());
        errors.insert(errors.end(), more.begin(), more.end());
    };
    core::Customer customer;
    customer.displayName = " ";
    customer.legalName = std::string("bad\x01", 4);
    customer.kind = core::CustomerKind::Organisation;
    customer.market = core::Market::B2C;
    customer.incomeBand = core::IncomeBand{};
    customer.householdSize = 3;
    customer.acquisitionCost = core::Money::fromMinor(-1);
    customer.emails = {{"not-an-address", "work\n"}};
    customer.phones = {{"12", {}}};
    customer.tags = {"tea", "tea", " "};
    customer.notes = std::string(100'000, 'x');
    customer.consents = {{core::ConsentPurpose::Marketing, true, day, ""}};
    collect(core::validationErrors(customer));
    core::Customer person;
    person.displayName = "Anna";
    person.householdSize = 99;
    collect(core::validationErrors(person));

    core::ContactPerson contact;
    contact.activeFrom = day;
    contact.activeTo = day.addDays(-1);
    collect(core::validationErrors(contact));

    core::Episode purchase;
    purchase.kind = core::EpisodeKind::Purchase;
    purchase.occurredOn = day;
    purchase.contactPersonId = 0;
    purchase.satisfaction = 5;
    purchase.followUpDone = true;
    purchase.margin = core::Money::fromMinor(10);
    collect(core::validationErrors(purchase));
    purchase.revenue = core::Money::fromMinor(-5);
    purchase.followUpOn = day.addDays(-3);
    collect(core::validationErrors(purchase));
    purchase.revenue = core::Money::fromMinor(5);
    collect(core::validationErrors(purchase));
    core::Episode call = purchase;
    call.kind = core::EpisodeKind::Call;
    collect(core::validationErrors(call));
    core::Episode refund = purchase;
    refund.kind = core::EpisodeKind::Return;
    collect(core::validationErrors(refund));
    refund.revenue.reset();
    collect(core::validationErrors(refund));

    collect(core::validationErrors(core::Task{}));
    core::ChurnRecord churn;
    churn.winBackAttempts = 0;
    churn.outcome = core::WinBackOutcome::WonBack;
    collect(core::validationErrors(churn));
    churn.winBackAttempts = -1;
    collect(core::validationErrors(churn));
    core::RelationshipCost cost;
    cost.amount = core::Money::fromMinor(-1);
    collect(core::validationErrors(cost));
    core::Partnership partnership;
    partnership.partnerCustomerId = 0;
    partnership.valueShared = core::Money::fromMinor(-1);
    partnership.startedOn = day;
    partnership.endedOn = day.addDays(-1);
    collect(core::validationErrors(partnership));
    partnership.stageHistory = {{core::PartnershipStage::Formation, day, {}},
                                {core::PartnershipStage::Formation, day.addDays(-1), "\x02"}};
    partnership.bonds = {core::Bond::Legal, core::Bond::Legal};
    collect(core::validationErrors(partnership));
    collect(core::validationErrors(core::LadderOverride{}));

    for (const auto& error : errors) {
        const QString text = ui::describeFieldError(error);
        EXPECT_TRUE(ui::knownFieldError(error).has_value()) << "no words for: " << error.message;
        const QString label = ui::fieldLabel(error.field);
        EXPECT_FALSE(label.contains(QLatin1Char('_')) || label.contains(QLatin1Char('[')) ||
                     label.contains(QLatin1Char('.')))
            << error.field << " -> " << label.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("active_from")) || text.contains(QStringLiteral("started_on")))
            << text.toStdString();
    }
    EXPECT_EQ(ui::fieldLabel("display_name"), QStringLiteral("Name"));
    EXPECT_EQ(ui::fieldLabel("emails[0]"), QStringLiteral("E-mail 1"));
    EXPECT_EQ(ui::fieldLabel("phones[1].label"), QStringLiteral("Phone 2, label"));
    EXPECT_EQ(ui::fieldLabel("stage_history[1].since"), QStringLiteral("Stage 2, since"));
    EXPECT_EQ(ui::describeFieldError({"display_name", "is required"}), QStringLiteral("Name: is required"));
}

TEST_F(DetailsTest, TheFirstClickOnPredictedValueShowsTheHighestFirstAndBlanksLast) {
    ui::MainWindow window;
    openAndAnalyse(window);
    // Not maximized on the offscreen screen (800x800), which a first start without a saved size would be.
    window.setWindowState(Qt::WindowNoState);
    window.resize(1280, 800);
    window.show();
    auto* table = window.customerTable();
    auto* model = window.customerModel();
    EXPECT_EQ(model->headerData(ui::CustomerListModel::Value, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
              Qt::DescendingOrder);
    auto* header = table->horizontalHeader();
    const int x = header->sectionViewportPosition(ui::CustomerListModel::Value) +
                  header->sectionSize(ui::CustomerListModel::Value) / 2;
    ASSERT_GE(x, 0) << "the column is scrolled out of view";
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    EXPECT_EQ(model->sortColumn(), ui::CustomerListModel::Value);
    EXPECT_EQ(model->sortOrder(), Qt::DescendingOrder);
    const auto first = m_repository->customerRow(model->customerIdAt(0)).value();
    ASSERT_TRUE(first.predictedValue);

    // Ascending too, the blanks wait at the end: the first row has a value.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    EXPECT_EQ(model->sortOrder(), Qt::AscendingOrder);
    EXPECT_TRUE(m_repository->customerRow(model->customerIdAt(0))->predictedValue);
}

TEST_F(DetailsTest, AChartsListShowsWhatWasClickedOnThatChartUnderItsOwnHeader) {
    ui::MainWindow window;
    openAndAnalyse(window);
    window.showPage(ui::MainWindow::AnalyticsPageIndex);
    auto* page = window.analyticsPage();
    auto* list = page->behindList();
    const auto snapshot = window.analysis()->snapshot();

    // One dot of the four groups: the customers at that point, not the whole group.
    page->tabs()->setCurrentIndex(1);
    auto* fourGroups = page->findChild<QChartView*>(QStringLiteral("fourGroupsChart"));
    auto* dots = qobject_cast<QScatterSeries*>(fourGroups->chart()->series().front());
    ASSERT_NE(dots, nullptr);
    ASSERT_GT(dots->count(), 1);
    emit dots->clicked(dots->at(0));
    ASSERT_GT(list->topLevelItemCount(), 0);
    EXPECT_LT(static_cast<std::size_t>(list->topLevelItemCount()), snapshot->fourGroups[1].total);
    EXPECT_EQ(list->headerItem()->text(1), QStringLiteral("Revenue in the window"));

    // Another tab: its own list, not the four groups' customers.
    page->tabs()->setCurrentIndex(3);
    EXPECT_EQ(list->topLevelItemCount(), 0);
    auto* churnView = page->findChild<QChartView*>(QStringLiteral("churnReasonsChart"));
    auto* bars = qobject_cast<QHorizontalBarSeries*>(churnView->chart()->series().front());
    ASSERT_NE(bars, nullptr);
    const auto& reasons = snapshot->analysis.churn.reasons;
    ASSERT_FALSE(reasons.empty());
    // The top bar is the most frequent reason.
    emit bars->clicked(static_cast<int>(reasons.size()) - 1, bars->barSets().front());
    EXPECT_EQ(list->topLevelItemCount(), std::min<std::int64_t>(reasons.front().customers, 1000));
    std::int64_t lost = 0;
    for (const auto& share : reasons) {
        lost += share.customers;
    }
    if (reasons.size() > 1 && reasons.front().customers < lost) {
        EXPECT_LT(list->topLevelItemCount(), std::min<std::int64_t>(lost, 1000));
    }
    EXPECT_FALSE(list->headerItem()->text(1).isEmpty());

    // Back on the four groups: the dot's customers again.
    page->tabs()->setCurrentIndex(1);
    EXPECT_EQ(list->headerItem()->text(1), QStringLiteral("Revenue in the window"));
    EXPECT_GT(list->topLevelItemCount(), 0);
}

TEST(FormattingTest, AmountsCarryTheDatabasesCurrencyInTheLocalesFormat) {
    ui::setDatabaseCurrency(QStringLiteral("GBP"));
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    EXPECT_EQ(ui::formatMoney(core::Money::fromMinor(123'450)), QStringLiteral("£1,234.50"));
    ui::setDatabaseCurrency(QStringLiteral("PLN"));
    QLocale::setDefault(QLocale(QStringLiteral("pl_PL")));
    EXPECT_TRUE(ui::formatMoney(core::Money::fromMinor(123'450)).endsWith(QStringLiteral("zł")))
        << ui::formatMoney(core::Money::fromMinor(123'450)).toStdString();
    // A Polish reader of a Swedish base sees kronor in Polish digits: the locale never picks the currency.
    ui::setDatabaseCurrency(QStringLiteral("SEK"));
    EXPECT_TRUE(ui::formatMoney(core::Money::fromMinor(123'450)).endsWith(QStringLiteral("kr")));
    // A database without a currency: plain numbers, whatever the locale's own currency is.
    ui::setDatabaseCurrency({});
    EXPECT_FALSE(ui::formatMoney(core::Money::fromMinor(123'450)).contains(QStringLiteral("zł")));
    QLocale::setDefault(QLocale::c());
    EXPECT_EQ(ui::formatMoney(core::Money::fromMinor(123'450)), QStringLiteral("1234.50"));
}

TEST_F(DetailsTest, TheEpisodeDialogTakesTheDocumentNumberAndTheListShowsTheInvoice) {
    ui::EpisodeDialog dialog(*m_repository, 5, nullptr);
    showActive(dialog);
    QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
    EXPECT_EQ(QApplication::focusWidget(), dialog.referenceEdit());
    QTest::keyClicks(dialog.referenceEdit(), QStringLiteral(" 536365 "));
    EXPECT_EQ(dialog.episode().reference, "536365");

    // Far in the future, so that no other test of the shared demo base meets it; removed again at the end.
    auto invoice = makePurchase(5, "2099-01-02", 13'950);
    invoice.reference = "536365";
    invoice.lineCount = 7;
    invoice.id = m_repository->addEpisode(invoice);
    auto cancellation = makePurchase(5, "2099-01-03", -13'950);
    cancellation.kind = core::EpisodeKind::Return;
    cancellation.reference = "C536365";
    cancellation.lineCount = 1;
    cancellation.cancels = invoice.id;
    cancellation.id = m_repository->addEpisode(cancellation);
    ui::EpisodeListModel model(*m_repository);
    storage::EpisodeQuery query;
    query.from = core::Date::fromYmd(2099, 1, 1);
    model.setQuery(query);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.headerData(ui::EpisodeListModel::Document, Qt::Horizontal).toString(), QStringLiteral("Document"));
    // Each names the other by its number, never by an internal episode number.
    EXPECT_EQ(asEnglish(model.index(1, ui::EpisodeListModel::Document).data().toString()),
              QStringLiteral("Invoice 536365 · 7 lines · cancelled by Credit note C536365"));
    EXPECT_EQ(asEnglish(model.index(0, ui::EpisodeListModel::Document).data().toString()),
              QStringLiteral("Credit note C536365 · 1 line · cancels Invoice 536365"));
    // The purchase outside the list (a narrower date range) is named as such.
    query.from = core::Date::fromYmd(2099, 1, 3);
    model.setQuery(query);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(asEnglish(model.index(0, ui::EpisodeListModel::Document).data().toString()),
              QStringLiteral("Credit note C536365 · 1 line · cancels an earlier purchase"));
    m_repository->removeEpisode(cancellation.id);
    m_repository->removeEpisode(invoice.id);
}
