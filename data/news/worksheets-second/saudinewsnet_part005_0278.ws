# saudinewsnet_part005_0278 (second-fifth4)
@P1
ORG | الفاو | p1_fao
NORP | السوري | p1_syrian
DATE | 2015 | p1_2015

@P2
ORG | منظمة الأغذية العالمية | p2_fao_full
ORG | فاو | p2_fao_paren
ORG | برنامج الأغذية العالمي | p2_wfp1
GPE | سوريا | p2_syria1
DATE | 2015 | p2_2015a
ORG | الأمم المتحدة | p2_un
DATE | اليوم الخميس | p2_thursday
DATE | هذا العام | p2_thisyear1
DATE | عام 2014 | p2_2014
PERCENT | 40 بالمئة | p2_pct
DATE | العام الماضي | p2_lastyear
ORG | الفاو | p2_fao1
ORG | الفاو | p2_fao2
ORG | برنامج الأغذية | p2_wfp2
DATE | مايو أيار | p2_may
ORG | رويترز | p2_reuters1
NORP | السوري | p2_syrian1
DATE | 2015 | p2_2015b
PER | دومينيك بيرجون | p2_burgeon
ORG | قسم الطوارئ وإعادة التأهيل | p2_tce
ORG | الفاو | p2_fao3
GPE | سوريا | p2_syria2
DATE | أكتوبر | p2_october
DATE | تشرين الأول | p2_tishrin
DATE | الستينيات | p2_sixties
NORP | سوري | p2_syrian2
ORG | رويترز | p2_reuters2
DATE | 22 فبراير شباط | p2_feb22
DATE | هذا العام | p2_thisyear2
NORP | السورية | p2_syrian3
DATE | يونيو حزيران | p2_june
ORG | المؤسسة السورية العامة للتجارة الخارجية | p2_ftc
ORG | المؤسسة السورية العامة لتجارة وتصنيع الحبوب | p2_hoboob
REL | ROLE | p2_burgeon | p2_tce
REL | ROLE | p2_burgeon | p2_fao3
