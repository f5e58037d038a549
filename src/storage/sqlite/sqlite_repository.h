#pragma once

#include "storage/repository.h"

#include <memory>

namespace rapport::storage::sqlite {

class Database;

/** The Repository on one SQLite file. */
class SqliteRepository final : public Repository {
public:
    /** Opens, creating or migrating the file as openDatabase() describes. */
    SqliteRepository(const std::string& path, const OpenOptions& options);
    ~SqliteRepository() override;

    core::CustomerId addCustomer(const core::Customer& customer) override;
    void updateCustomer(const core::Customer& customer) override;
    void removeCustomer(core::CustomerId id) override;
    std::optional<core::Customer> customer(core::CustomerId id) override;
    std::optional<core::CustomerId> customerByExternalRef(const std::string& externalRef) override;
    CustomerPage customerPage(const CustomerPageRequest& request) override;
    std::int64_t customerCount(const CustomerFilter& filter) override;
    std::optional<CustomerRow> customerRow(core::CustomerId id) override;
    CustomerRecordPage customerRecords(const CustomerFilter& filter, std::optional<core::CustomerId> after,
                                       int limit) override;
    std::vector<std::string> customerFieldValues(CustomerField field, int limit) override;
    void storeScores(std::span<const CustomerScore> scores) override;
    using Repository::storeScoresAndLevels;
    void storeScoresAndLevels(const ScoreBatches& scores, std::span<const ServiceLevelAssignment> assignments,
                              core::Date asOf) override;

    core::ContactPersonId addContactPerson(const core::ContactPerson& person) override;
    void updateContactPerson(const core::ContactPerson& person) override;
    void removeContactPerson(core::ContactPersonId id) override;
    std::vector<core::ContactPerson> contactPersons(core::CustomerId customerId) override;

    core::EpisodeId addEpisode(const core::Episode& episode) override;
    void updateEpisode(const core::Episode& episode) override;
    void removeEpisode(core::EpisodeId id) override;
    std::optional<core::Episode> episode(core::EpisodeId id) override;
    EpisodePage episodes(const EpisodeQuery& query) override;
    EpisodePage dueFollowUps(const FollowUpQuery& query) override;
    FollowUpCounts countDueFollowUps(core::Date today) override;
    core::TaskId addTask(const core::Task& task) override;
    void updateTask(const core::Task& task) override;
    void removeTask(core::TaskId id) override;
    TaskPage openTasks(const TaskQuery& query) override;
    TaskCounts countOpenTasks(core::Date today, const std::optional<std::string>& owner) override;
    std::vector<core::Task> tasks(core::CustomerId customerId) override;
    void scanPurchases(const std::function<bool(std::span<const PurchaseRecord>)>& sink,
                       ArchiveFilter archive) override;
    std::optional<core::Date> recentPurchaseDay() override;
    void releaseCache() override;

    core::AssessmentId addAssessment(const core::Assessment& assessment) override;
    void updateAssessment(const core::Assessment& assessment) override;
    void removeAssessment(core::AssessmentId id) override;
    std::vector<core::Assessment> assessments(core::CustomerId customerId) override;

    core::PartnershipId addPartnership(const core::Partnership& partnership) override;
    void updatePartnership(const core::Partnership& partnership) override;
    void removePartnership(core::PartnershipId id) override;
    std::optional<core::Partnership> partnership(core::PartnershipId id) override;
    std::vector<core::Partnership> partnerships() override;

    void setRelationshipCost(const core::RelationshipCost& cost) override;
    void removeRelationshipCost(core::CustomerId customerId, int year, core::CostLine line) override;
    std::vector<core::RelationshipCost> relationshipCosts(core::CustomerId customerId) override;
    std::vector<core::ChurnReason> churnReasons() override;
    void addChurnReason(const core::ChurnReason& reason) override;
    core::ChurnRecordId addChurnRecord(const core::ChurnRecord& record) override;
    void removeChurnRecord(core::ChurnRecordId id) override;
    void updateChurnRecord(const core::ChurnRecord& record) override;
    std::vector<core::ChurnRecord> churnRecords(std::optional<core::CustomerId> customerId) override;

    core::CampaignId addCampaign(const core::Campaign& campaign) override;
    void updateCampaign(const core::Campaign& campaign) override;
    void removeCampaign(core::CampaignId id) override;
    std::optional<core::Campaign> campaign(core::CampaignId id) override;
    std::vector<CampaignSummary> campaigns() override;
    void scanCampaignCandidates(const CustomerFilter& filter,
                                const std::function<bool(std::span<const CampaignCandidateRow>)>& sink) override;
    void storeCampaignMembers(core::CampaignId id, std::span<const core::CampaignMember> members) override;
    std::vector<core::CampaignMember> campaignMembers(core::CampaignId id) override;
    std::vector<CampaignMemberOutcome> campaignOutcomes(core::CampaignId id, core::Date from, core::Date to) override;
    std::vector<CampaignContact> campaignContacts(core::CampaignId id) override;
    core::ServiceLevelId addServiceLevel(const core::ServiceLevel& level) override;
    void updateServiceLevel(const core::ServiceLevel& level) override;
    void removeServiceLevel(core::ServiceLevelId id) override;
    std::optional<core::ServiceLevel> serviceLevel(core::ServiceLevelId id) override;
    std::vector<ServiceLevelSummary> serviceLevels() override;
    void storeServiceLevels(std::span<const ServiceLevelAssignment> assignments, core::Date asOf) override;
    void scanServiceLevelAssignments(const std::function<bool(std::span<const ServiceLevelAssignment>)>& sink) override;
    std::vector<core::ServiceLevelChange> serviceLevelHistory(core::CustomerId customerId) override;
    void scanServiceLevelHistory(const std::function<bool(std::span<const core::ServiceLevelChange>)>& sink) override;
    void restoreServiceLevelHistory(std::span<const core::ServiceLevelChange> changes) override;

    void setLadderOverride(const core::LadderOverride& override) override;
    void clearLadderOverride(core::CustomerId customerId) override;
    std::optional<core::LadderOverride> ladderOverride(core::CustomerId customerId) override;
    void scanCustomerFacts(const std::function<bool(std::span<const CustomerFact>)>& sink,
                           ArchiveFilter archive) override;
    void scanEpisodeFacts(const std::function<bool(std::span<const EpisodeFact>)>& sink, ArchiveFilter archive,
                          CustomerIdRange customers) override;
    void scanCustomerScores(const std::function<bool(std::span<const CustomerScore>)>& sink,
                            ArchiveFilter archive) override;
    void scanDepartedContacts(const std::function<bool(std::span<const DepartedContact>)>& sink,
                              ArchiveFilter archive) override;
    void scanRelationshipCosts(const std::function<bool(std::span<const core::RelationshipCost>)>& sink,
                               ArchiveFilter archive) override;
    void scanCustomerKnowledge(const std::function<bool(std::span<const CustomerKnowledge>)>& sink, core::Date today,
                               ArchiveFilter archive) override;

    std::vector<SharedContact> sharedContacts(int limit) override;
    CustomerEvent mergeCustomers(core::CustomerId kept, core::CustomerId merged, const std::string& by) override;
    CustomerEvent erasePersonalData(core::CustomerId id, const std::string& by) override;
    CustomerEvent recordPersonalDataExport(core::CustomerId id, const std::string& by) override;
    std::vector<CustomerEvent> customerEvents(std::optional<core::CustomerId> customerId) override;
    std::optional<core::Currency> currency() override;
    void setCurrency(const std::optional<core::Currency>& expected,
                     const std::optional<core::Currency>& currency) override;
    std::vector<ChangeNotice> takeChanges() override;
    std::optional<TeamSession> teamSession() override;
    std::vector<AuditEntry> auditTrail(const AuditQuery& query) override;

    void inOneTransaction(const std::function<void()>& work) override;
    std::unique_ptr<BulkWriter> beginBulk(const BulkOptions& options) override;
    DatabaseCounts counts() override;
    AnonymousSalesTotals anonymousSalesTotals() override;
    void scanAnonymousSales(const std::function<bool(std::span<const core::AnonymousSale>)>& sink) override;
    using Repository::check;
    CheckReport check(CheckDepth depth) override;
    void backupTo(const std::string& path) override;
    void restoreFrom(const std::string& backupPath) override;
    std::string location() const override;
    std::string collation() override;
    void setCollation(const std::string& language) override;

    /** Schema version before this open migrated the file, or -1; and where the pre-migration copy is. */
    [[nodiscard]] int migratedFrom() const { return m_migratedFrom; }
    [[nodiscard]] const std::string& migrationBackup() const { return m_migrationBackup; }
    [[nodiscard]] std::string upgradeBackup() const override { return m_migrationBackup; }
    [[nodiscard]] bool wasCreated() const override { return m_created; }
    [[nodiscard]] int schemaVersion() const override { return m_schemaVersion; }

private:
    std::unique_ptr<Database> m_db;
    int m_migratedFrom = -1;
    std::string m_migrationBackup;
    bool m_created = false;
    int m_schemaVersion = 0;
    std::uintmax_t m_walBytesAtOpen = 0;
    bool m_onReadOnlyDisk = false;
    std::int64_t m_dataVersion = -1; // PRAGMA data_version when takeChanges() last looked
};

} // namespace rapport::storage::sqlite
