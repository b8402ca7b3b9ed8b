# saudinewsnet_part005_0278 (annotator48)
@P1
ORG | الفاو | p1_fao
NORP | السوري | p1_syrian
DATE | 2015 | p1_2015

@P2
ORG | منظمة الأغذية العالمية | p2_fao1
ORG | فاو | p2_fao2
ORG | برنامج الأغذية العالمي | p2_wfp1
GPE | سوريا | p2_syria1
DATE | 2015 | p2_2015a
ORG | الأمم المتحدة | p2_un
DATE | اليوم الخميس | p2_thursday
DATE | هذا العام | p2_thisyear1
DATE | عام 2014 | p2_2014
PERCENT | 40 بالمئة | p2_pct
DATE | العام الماضي | p2_lastyear
ORG | الفاو | p2_fao3
ORG | الفاو | p2_fao4
ORG | برنامج الأغذية | p2_wfp2
DATE | مايو أيار | p2_may
ORG | رويترز | p2_reuters1
NORP | السوري | p2_syrian1
DATE | 2015 | p2_2015b
PER | دومينيك بيرجون | p2_burgeon
ORG | قسم الطوارئ وإعادة التأهيل | p2_dept
ORG | الفاو | p2_fao5
REL | ROLE | p2_burgeon | p2_dept
REL | ROLE | p2_burgeon | p2_fao5
GPE | سوريا | p2_syria2
# "أكتوبر" تشرين الأول: the closing quote cuts the glossed month, so two DATEs (the pieces the quotes leave)
DATE | أكتوبر | p2_oct
DATE | تشرين الأول | p2_oct2
DATE | الستينيات | p2_sixties
NORP | سوري | p2_syrian2
ORG | رويترز | p2_reuters2
DATE | 22 فبراير شباط | p2_feb22
DATE | هذا العام | p2_thisyear2
NORP | السورية | p2_syrian3
DATE | يونيو حزيران | p2_june
ORG | المؤسسة السورية العامة للتجارة الخارجية | p2_foreigntrade
ORG | المؤسسة السورية العامة لتجارة وتصنيع الحبوب | p2_grain
