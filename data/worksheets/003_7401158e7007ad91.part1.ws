# 003_7401158e7007ad91, paragraphs P1-P22 (annotator a_)
@P1
PER | بوتين | a_p1_putin
GPE | فيتنام | a_p1_vn
LOC | جنوب شرق آسيا | a_p1_sea
REL | VISIT | a_p1_putin | a_p1_vn

@P2
DATE | 20th, June 2024 | a_p2_date

@P3
NORP | الروسي | a_p3_rus
PER | فلاديمير بوتين | a_p3_putin
NORP | الفيتنامي | a_p3_viet
PER | تو لام | a_p3_tolam
GPE | موسكو | a_p3_moscow
LOC | آسيا | a_p3_asia
GPE | أوكرانيا | a_p3_ukr
REL | ROLE | a_p3_putin | a_p3_rus
REL | ROLE | a_p3_tolam | a_p3_viet
REL | MEET | a_p3_putin | a_p3_tolam

@P5
PER | بوتين | a_p5_putin
NORP | الروسية | a_p5_rus
GPE | فيتنام | a_p5_vn

@P6
PER | بوتين | a_p6_putin
FAC | القصر الرئاسي الفيتنامي | a_p6_palace
DATE | الخميس | a_p6_thu
NORP | الروسية | a_p6_rus
NORP | الفيتنامية | a_p6_viet
GPE | فيتنام | a_p6_vn
PER | تو لام | a_p6_tolam
REL | VISIT | a_p6_putin | a_p6_palace
REL | ROLE | a_p6_tolam | a_p6_vn
REL | MEET | a_p6_putin | a_p6_tolam

@P7
PER | بوتين | a_p7_putin
GPE | هانوي | a_p7_hanoi
DATE | الخميس | a_p7_thu
GPE | كوريا الشمالية | a_p7_nk
NORP | الكوري الشمالي | a_p7_nkor
PER | كيم جونغ أون | a_p7_kim
GPE | موسكو | a_p7_moscow
GPE | بيونغيانغ | a_p7_pyong
EVENT | الحرب الباردة | a_p7_coldwar
NORP | الغرب | a_p7_west
REL | VISIT | a_p7_putin | a_p7_hanoi
REL | ROLE | a_p7_kim | a_p7_nkor
REL | MEET | a_p7_putin | a_p7_kim

@P8
NORP | الروسي | a_p8_rus
GPE | فيتنام | a_p8_vn
PER | جينادي إس بيزديتكو | a_p8_bez
DATE | الأربعاء | a_p8_wed
NORP | الفيتنامية | a_p8_viet
GPE | روسيا | a_p8_russia
REL | ROLE | a_p8_bez | a_p8_rus

@P9
ORG | السفارة الأميركية | a_p9_usemb

@P10
PER | بوتين | a_p10_putin
GPE | فيتنام | a_p10_vn
DATE | عام 2017 | a_p10_2017
GPE | روسيا | a_p10_russia
GPE | الولايات المتحدة | a_p10_us
EVENT | أزمة أوكرانيا | a_p10_ukrcrisis
REL | VISIT | a_p10_putin | a_p10_vn
REL | CRITICIZES | a_p10_us | a_p10_russia

@P11
DATE | عام 2023 | a_p11_2023
ORG | المحكمة الجنائية الدولية | a_p11_icc
GPE | لاهاي | a_p11_hague
PER | بوتين | a_p11_putin
ORG | الكرملين | a_p11_kremlin
GPE | موسكو | a_p11_moscow
REL | LOCATED_IN | a_p11_icc | a_p11_hague
REL | CRITICIZES | a_p11_icc | a_p11_putin
REL | CRITICIZES | a_p11_kremlin | a_p11_icc

@P12
PER | نوين خاك جيانج | a_p12_giang
ORG | معهد أي إس إي إيه إس - يوسف إسحاق | a_p12_iseas
GPE | سنغافورة | a_p12_sing
PER | بوتين | a_p12_putin
GPE | الصين | a_p12_china
GPE | كوريا الشمالية | a_p12_nk
GPE | فيتنام | a_p12_vn
REL | ROLE | a_p12_giang | a_p12_iseas
REL | LOCATED_IN | a_p12_iseas | a_p12_sing
REL | VISIT | a_p12_putin | a_p12_china
REL | VISIT | a_p12_putin | a_p12_nk
REL | VISIT | a_p12_putin | a_p12_vn

@P13
GPE | الولايات المتحدة | a_p13_us
GPE | بيونغيانغ | a_p13_pyong
GPE | موسكو | a_p13_moscow
GPE | أوكرانيا | a_p13_ukr
PER | كيم | a_p13_kim
REL | CRITICIZES | a_p13_us | a_p13_pyong
REL | SUPPORTS | a_p13_pyong | a_p13_moscow

@P14
ORG | مجلس الأمن | a_p14_unsc
ORG | أمم المتحدة | a_p14_un
GPE | روسيا | a_p14_russia

@P15
PER | جيانج | a_p15_giang
GPE | روسيا | a_p15_russia
GPE | فيتنام | a_p15_vn
LOC | جنوب شرق آسيا | a_p15_sea
NORP | الروسية | a_p15_rus
LOC | بحر الصين الجنوبي | a_p15_scs
REL | SUPPORTS | a_p15_russia | a_p15_vn
REL | LOCATED_IN | a_p15_vn | a_p15_sea

@P16
PER | براشانث باراميسواران | a_p16_prash
LOC | آسيا | a_p16_asia1
ORG | مركز ويلسون | a_p16_wilson
GPE | روسيا | a_p16_russia
LOC | آسيا | a_p16_asia2
GPE | أوكرانيا | a_p16_ukr
GPE | فيتنام | a_p16_vn
REL | ROLE | a_p16_prash | a_p16_wilson

@P17
GPE | هانوي | a_p17_hanoi
GPE | موسكو | a_p17_moscow
DATE | عام 1950 | a_p17_1950
DATE | هذا العام | a_p17_thisyear
GPE | فيتنام | a_p17_vn
GPE | روسيا | a_p17_russia

@P18
NORP | الفيتنامية | a_p18_viet
NORP | السوفييتي | a_p18_sov
PER | فلاديمير لينين | a_p18_lenin
GPE | الاتحاد السوفييتي | a_p18_ussr
ORG | الحزب الشيوعي | a_p18_cp
GPE | فيتنام | a_p18_vn
NORP | السوفيتية | a_p18_sov2
PER | ترونغ | a_p18_trong
REL | ROLE | a_p18_lenin | a_p18_ussr
REL | LOCATED_IN | a_p18_cp | a_p18_vn
REL | ROLE | a_p18_trong | a_p18_cp

@P19
ORG | نهان دان | a_p19_nhandan
ORG | حزب الشيوعي الفيتنامي | a_p19_cpv
PER | بوتين | a_p19_putin
GPE | موسكو | a_p19_moscow
GPE | هانوي | a_p19_hanoi
GPE | فيتنام | a_p19_vn

@P20
NORP | الفيتناميين | a_p20_viet
EVENT | الأزمة الأوكرانية | a_p20_ukrcrisis
ORG | الكرملين | a_p20_kremlin

@P21
ORG | سكاي نيوز عربية | a_p21_skynews

@P22
GPE | فيتنام | a_p22_vn1
PER | بوتين | a_p22_putin1
GPE | هانوي | a_p22_hanoi1
GPE | فيتنام | a_p22_vn2
PER | بوتين | a_p22_putin2
GPE | موسكو | a_p22_moscow1
GPE | كوريا الشمالية | a_p22_nk1
GPE | أوكرانيا | a_p22_ukr1
PER | بوتين | a_p22_putin3
GPE | فيتنام | a_p22_vn3
GPE | روسيا | a_p22_russia1
GPE | روسيا | a_p22_russia2
GPE | فيتنام | a_p22_vn4
PER | بوتين | a_p22_putin4
GPE | هانوي | a_p22_hanoi2
GPE | فيتنام | a_p22_vn5
PER | بوتين | a_p22_putin5
GPE | موسكو | a_p22_moscow2
GPE | كوريا الشمالية | a_p22_nk2
GPE | أوكرانيا | a_p22_ukr2
GPE | روسيا | a_p22_russia3
