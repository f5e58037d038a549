// The Campaigns page as a marketer uses it: the demo's past campaigns listed with their measured lift, a new
// campaign defined in its dialog (and undone, and redone), launched at a filtered list, measured, and its contact
// list exported.
#include "analysis_service.h"
#include "dialogs/campaign_dialog.h"
#include "main_window.h"
#include "pages/campaigns_page.h"
#include "ui/ui_fixture.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

#include <filesystem>

namespace rapport {
namespace {

class CampaignsUiTest : public test::DemoDatabaseFixture {
protected:
    static void SetUpTestSuite() { createDemo(400); }

    /** Answers the next modal dialog or message box (they block until answered). */
    template <typename Dialog, typename Act> static void onNextDialog(Act act) {
        QTimer::singleShot(0, [act] {
            auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
            ASSERT_NE(dialog, nullptr) << "no dialog of the expected kind opened";
            act(*dialog);
        });
    }
    static void waitForList(ui::CampaignsPage& page) {
        QSignalSpy loaded(&page, &ui::CampaignsPage::loaded);
        ASSERT_TRUE(loaded.wait(30'000));
    }
    static int rowOf(const ui::CampaignsPage& page, const QString& name) {
        for (int row = 0; row < page.table()->rowCount(); ++row) {
            if (page.table()->item(row, 0)->text() == name) {
                return row;
            }
        }
        return -1;
    }
};

TEST_F(CampaignsUiTest, AMarketerDefinesLaunchesAndMeasuresACampaign) {
    ui::MainWindow window;
    auto& page = *window.campaignsPage();
    {
        // The launch below is at a filter by churn status: the analysis that opening starts stores those scores.
        QSignalSpy loaded(&page, &ui::CampaignsPage::loaded);
        QSignalSpy analysed(window.analysis(), &ui::AnalysisService::finished);
        ASSERT_TRUE(window.openDatabase(QString::fromStdString(databasePath())));
        ASSERT_TRUE(loaded.wait(30'000) || !page.entries().empty());
        ASSERT_TRUE(analysed.count() > 0 || analysed.wait(60'000));
    }
    window.show();
    window.showPage(ui::MainWindow::CampaignsPageIndex);

    // The demo's two past campaigns, measured.
    const int reward = rowOf(page, QStringLiteral("Loyalty reward for regular customers"));
    ASSERT_GE(reward, 0);
    EXPECT_GE(rowOf(page, QStringLiteral("Newsletter: spring collection")), 0);
    page.table()->selectRow(reward);
    EXPECT_TRUE(page.report()->toPlainText().contains(QStringLiteral("Response lift:")))
        << page.report()->toPlainText().toStdString();
    EXPECT_FALSE(page.table()->item(reward, 6)->text().isEmpty()); // the verdict

    // A new campaign through its dialog: stored as a draft with a seed, undoable.
    auto repository = storage::openRepository(databasePath());
    const auto before = repository->campaigns().size();
    onNextDialog<ui::CampaignDialog>([](ui::CampaignDialog& dialog) {
        dialog.findChild<QLineEdit*>(QStringLiteral("campaignName"))->setText(QStringLiteral("Win back the lapsed"));
        dialog.findChild<QSpinBox*>(QStringLiteral("campaignControlPercent"))->setValue(25);
        dialog.accept();
    });
    page.newCampaign();
    auto campaigns = repository->campaigns();
    ASSERT_EQ(campaigns.size(), before + 1);
    const auto created = std::find_if(campaigns.begin(), campaigns.end(),
                                      [](const auto& s) { return s.campaign.name == "Win back the lapsed"; });
    ASSERT_NE(created, campaigns.end());
    EXPECT_EQ(created->campaign.controlPercent, 25);
    EXPECT_NE(created->campaign.seed, 0U);
    EXPECT_FALSE(created->campaign.launchedOn);
    window.undoStack()->undo();
    EXPECT_EQ(repository->campaigns().size(), before);
    window.undoStack()->redo();
    EXPECT_EQ(repository->campaigns().size(), before + 1);
    waitForList(page);
    const int draft = rowOf(page, QStringLiteral("Win back the lapsed"));
    ASSERT_GE(draft, 0);
    page.table()->selectRow(draft);

    // Launched at a filtered list: the members are stored and the list shows the groups.
    storage::CustomerFilter filter;
    filter.churnStatus = core::ChurnStatus::Lapsed;
    QSignalSpy loaded(&page, &ui::CampaignsPage::loaded);
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            box->accept(); // "Launched: … treated, … held back"
        }
    });
    closer.start(50);
    page.launchCampaignAt(filter, QStringLiteral("lapsed"), core::Date::fromYmd(2025, 12, 1));
    ASSERT_TRUE(loaded.wait(30'000));
    closer.stop();
    const auto launchedId = created->campaign.id;
    const auto stored = repository->campaign(launchedId);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->launchedOn, core::Date::fromYmd(2025, 12, 1));
    const auto members = repository->campaignMembers(launchedId);
    ASSERT_FALSE(members.empty());
    const auto control = std::count_if(members.begin(), members.end(), [](const auto& m) { return m.control; });
    const int row = rowOf(page, QStringLiteral("Win back the lapsed"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(page.table()->item(row, 4)->text().toLongLong(), control);
    EXPECT_EQ(page.table()->item(row, 3)->text().toLongLong(), static_cast<qlonglong>(members.size()) - control);

    // The contact list, for a mail merge.
    test::TempDir dir;
    const auto path = QString::fromStdString(dir.file("contacts.xlsx"));
    page.table()->selectRow(row);
    page.exportContacts(path);
    QTRY_VERIFY_WITH_TIMEOUT(std::filesystem::exists(path.toStdString()), 20'000);
}

} // namespace
} // namespace rapport
