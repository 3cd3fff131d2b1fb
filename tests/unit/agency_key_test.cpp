#include <gtest/gtest.h>

#include "audit/agency_key.h"

namespace gklint {
namespace {

TEST(AgencyKey, TheSameAgencyWithOrWithoutItsBodyFormIsOneKey) {
    const std::string k = agency_key("平潭综合实验区");
    EXPECT_EQ(agency_key("平潭综合实验区管委会"), k);
    EXPECT_EQ(agency_key("平潭综合实验区管理委员会"), k);
    EXPECT_EQ(agency_key(" 平潭综合实验区 管委会 "), k);
    EXPECT_EQ(agency_key("洪泽区人民政府"), agency_key("洪泽区"));
    EXPECT_NE(agency_key("淮安市人民政府"), agency_key("洪泽区人民政府"));
    EXPECT_EQ(agency_key("政府") , "政府") << "a name that is only a body form stays itself";
}

TEST(AgencyKey, AliasesMapVariantsToOneAgency) {
    AgencyAliases aliases{{agency_key("岚岛"), agency_key("平潭综合实验区")}};
    EXPECT_EQ(agency_key("岚岛", aliases), agency_key("平潭综合实验区"));
}

TEST(AgencyKey, AParentRegionPrefixJoinsTheSameAgency) {
    const std::vector<std::string> keys = {agency_key("淮安市洪泽区人民政府"), agency_key("洪泽区人民政府"),
                                           agency_key("淮安市人民政府"), agency_key("平潭综合实验区")};
    auto links = link_parent_region_keys(keys);
    ASSERT_EQ(links.size(), 1u);
    EXPECT_EQ(links.at(agency_key("淮安市洪泽区")), agency_key("洪泽区"));
    // A county prefix before a township.
    EXPECT_EQ(link_parent_region_keys({"东湖县柳林镇", "柳林镇"}).at("东湖县柳林镇"), "柳林镇");
    // Two agencies with the same short name under different parents: no link for either.
    EXPECT_TRUE(link_parent_region_keys({"北京市朝阳区", "长春市朝阳区", "朝阳区"}).empty());
    // What the prefix adds is no region: not the same agency.
    EXPECT_TRUE(link_parent_region_keys({"新柳林镇", "柳林镇"}).empty());
}

TEST(AgencyKey, LevelFromTheAdministrativeWord) {
    EXPECT_EQ(agency_level("淮安市人民政府"), "市");
    EXPECT_EQ(agency_level("洪泽区人民政府"), "县");
    EXPECT_EQ(agency_level("临河县青石镇人民政府"), "乡镇");
    EXPECT_EQ(agency_level("南岗县自然资源局"), "部门");
    EXPECT_EQ(agency_level("某某"), "");
}

}  // namespace
}  // namespace gklint
