#include "storage/connection_string.h"

#include <gtest/gtest.h>

using namespace rapport::storage;

TEST(ConnectionString, TellsServersFromFiles) {
    EXPECT_TRUE(isConnectionString("postgresql://anna@db.example.com:5432/rapport"));
    EXPECT_TRUE(isConnectionString("postgres://db/rapport"));
    EXPECT_TRUE(isConnectionString("host=/tmp port=5432 dbname=rapport"));
    EXPECT_TRUE(isConnectionString("dbname=rapport"));
    EXPECT_FALSE(isConnectionString("/home/anna/rapport.sqlite"));
    EXPECT_FALSE(isConnectionString("customers-host=old.sqlite"));
    EXPECT_FALSE(isConnectionString("C:\\data\\rapport.sqlite"));
}

TEST(ConnectionString, NeverShowsThePassword) {
    EXPECT_EQ(withoutPassword("postgresql://anna:s3cret@db.example.com/rapport"),
              "postgresql://anna:***@db.example.com/rapport");
    EXPECT_EQ(withoutPassword("host=db password=s3cret dbname=rapport"), "host=db password=*** dbname=rapport");
    EXPECT_EQ(withoutPassword("host=db password='with space' dbname=rapport"), "host=db password=*** dbname=rapport");
    EXPECT_EQ(withoutPassword("postgresql://db/rapport?sslmode=require&password=x"),
              "postgresql://db/rapport?sslmode=require&password=***");
    EXPECT_EQ(withoutPassword("host=db dbname=rapport"), "host=db dbname=rapport");
}

TEST(ConnectionString, QuotesEveryValue) {
    ConnectionParameters p;
    p.host = "db.example.com";
    p.port = 6543;
    p.database = "sales team";
    p.user = "o'neil";
    p.sslMode = "require";
    p.password = "a\\b c";
    EXPECT_EQ(connectionString(p), "host='db.example.com' port=6543 dbname='sales team' user='o\\'neil' "
                                   "sslmode='require' password='a\\\\b c'");
    EXPECT_TRUE(isConnectionString(connectionString(p)));
    EXPECT_EQ(withoutPassword(connectionString(p)).find("a\\\\b"), std::string::npos);
}
