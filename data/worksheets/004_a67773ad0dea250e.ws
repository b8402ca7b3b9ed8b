# 004_a67773ad0dea250e, P1-P19
@P1
PER | فلاديمير بوتين | p1_putin
GPE | فيتنام | p1_vietnam
NORP | الشيوعيين | p1_communists
NORP | الآسيوية | p1_asian
NORP | الكوري الشمالي | p1_nk
PER | كيم جونغ أون | p1_kim
REL | VISIT | p1_putin | p1_vietnam
REL | ROLE | p1_kim | p1_nk
REL | MEET | p1_putin | p1_kim

@P2
NORP | الروسي | p2_rus
FAC | مطار هانوي | p2_airport
NORP | الفيتنامي | p2_viet
PER | تران هونغ ها | p2_tran
PER | لي هواي ترونغ | p2_le
REL | ROLE | p2_tran | p2_viet

@P3
GPE | فيتنام | p3_vietnam
PER | بوتين | p3_putin
DATE | عام 2017 | p3_2017
GPE | الولايات المتحدة | p3_us
REL | VISIT | p3_putin | p3_vietnam

@P4
PER | بوتين | p4_putin
ORG | الحزب الشيوعي | p4_cp
PER | نغوين فو ترونج | p4_trong
PER | تو لام | p4_tolam
PER | فام مينه تشينه | p4_chinh
NORP | الروسي | p4_rus
FAC | ضريح هوشي منه | p4_mausoleum
GPE | فيتنام | p4_vietnam
REL | MEET | p4_putin | p4_trong
REL | MEET | p4_putin | p4_tolam
REL | MEET | p4_putin | p4_chinh
REL | ROLE | p4_trong | p4_cp

@P5
NORP | روس | p5_rus
PER | بوتين | p5_putin
MONEY | 3.5 مليار دولار | p5_money1
DATE | عام 2022 | p5_2022
GPE | فيتنام | p5_vietnam
MONEY | 175 مليار دولار | p5_money2
GPE | الصين | p5_china
MONEY | 123 مليار دولار | p5_money3
GPE | الولايات المتحدة | p5_us
GPE | أوكرانيا | p5_ukraine

@P6
GPE | روسيا | p6_russia
GPE | فيتنام | p6_vietnam
DATE | الخمسينيات من القرن الماضي | p6_1950s
GPE | موسكو | p6_moscow
GPE | هانوي | p6_hanoi
REL | SUPPORTS | p6_moscow | p6_hanoi

@P7
PER | بوتين | p7_putin
GPE | فيتنام | p7_vietnam
GPE | أوكرانيا | p7_ukraine
GPE | فيتنام | p7_vietnam2
NORP | الروسي | p7_rus
GPE | أوكرانيا | p7_ukraine2
NORP | الغربية | p7_western
ORG | الكرملين | p7_kremlin
REL | CRITICIZES | p7_western | p7_vietnam2

@P8
GPE | فيتنام | p8_vietnam
EVENT | الحرب الأوكرانية | p8_war
PER | بوتين | p8_putin
ORG | الحزب الشيوعي الفيتنامي | p8_cpv
ORG | نهان دان | p8_nhandan

@P9
GPE | كوريا الشمالية | p9_nk
GPE | روسيا | p9_russia
GPE | فيتنام | p9_vietnam
GPE | الولايات المتحدة | p9_us
ORG | الاتحاد الأوروبي | p9_eu
GPE | الولايات المتحدة | p9_us2
GPE | هانوي | p9_hanoi
DATE | العام الماضي | p9_lastyear
GPE | فيتنام | p9_vietnam2
PER | بوتين | p9_putin
ORG | السفارة الأمريكية | p9_embassy
GPE | هانوي | p9_hanoi2
DATE | هذا الأسبوع | p9_thisweek
PER | بوتين | p9_putin2
REL | CRITICIZES | p9_us2 | p9_putin
REL | LOCATED_IN | p9_embassy | p9_hanoi2
REL | CRITICIZES | p9_embassy | p9_putin2

@P10
NORP | الروسي | p10_rus
GPE | فيتنام | p10_vietnam
GPE | بيونغ يانغ | p10_pyongyang
NORP | الكوري الشمالي | p10_nk
PER | كيم جونغ أون | p10_kim
REL | ROLE | p10_kim | p10_nk

@P11
NORP | الغرب | p11_west
NORP | الروسية | p11_rus
GPE | كوريا الشمالية | p11_nk

@P12
NORP | الأمريكي | p12_us
PER | جو بايدن | p12_biden
GPE | هانوي | p12_hanoi
DATE | سبتمبر | p12_sep
GPE | فيتنام | p12_vietnam
NORP | الأمريكي | p12_us2
GPE | الصين | p12_china
REL | ROLE | p12_biden | p12_us
REL | VISIT | p12_biden | p12_hanoi

@P13
GPE | بكين | p13_beijing
PER | شي جين بينج | p13_xi
REL | ROLE | p13_xi | p13_beijing

@P14
ORG | رويترز | p14_reuters
ORG | فرانس برس | p14_afp
ORG | الأسوشيتد برس | p14_ap

@P17
GPE | اليابان | p17_japan
EVENT | إعصار شانشان | p17_shanshan
GPE | اليابان | p17_japan2

@P18
NORP | الحوثيون | p18_houthis
LOC | البحر الأحمر | p18_redsea

@P19
PER | مايك لينش | p19_lynch
