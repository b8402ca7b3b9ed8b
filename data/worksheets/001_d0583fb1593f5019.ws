# 001_d0583fb1593f5019 — paragraphs P1-P20

@P1
NORP | أمريكية | p1_amer
GPE | روسيا | p1_russia
GPE | فيتنام | p1_vietnam

@P2
ORG | الخليج | p2_khaleej

@P3
GPE | روسيا | p3_russia
GPE | فيتنام | p3_vietnam
DATE | الخميس | p3_thu
NORP | الروسي | p3_rus
PER | فلاديمير بوتين | p3_putin
GPE | موسكو | p3_moscow
EVENT | حرب أوكرانيا | p3_ukrwar
REL | ROLE | p3_putin | p3_rus
REL | VISIT | p3_putin | p3_vietnam

@P4
GPE | فيتنام | p4_vietnam
GPE | واشنطن | p4_washington

@P5
ORG | بلومبيرغ | p5_bloomberg
GPE | فيتنام | p5_vietnam1
NORP | الروسي | p5_rus
PER | فلاديمير بوتين | p5_putin1
GPE | واشنطن | p5_washington
GPE | موسكو | p5_moscow1
GPE | الولايات المتحدة | p5_us
PER | بوتين | p5_putin2
GPE | فيتنام | p5_vietnam2
GPE | موسكو | p5_moscow2
EVENT | الحرب الباردة | p5_coldwar
GPE | كوريا الشمالية | p5_nk
PER | كيم جونج أون | p5_kim
GPE | بيونغ يانغ | p5_pyongyang
GPE | أوكرانيا | p5_ukraine
REL | ROLE | p5_putin1 | p5_rus
REL | VISIT | p5_putin1 | p5_vietnam1
REL | CRITICIZES | p5_washington | p5_vietnam1
REL | VISIT | p5_putin2 | p5_vietnam2
REL | MEET | p5_putin2 | p5_kim
REL | ROLE | p5_kim | p5_nk
REL | VISIT | p5_putin2 | p5_pyongyang
REL | SUPPORTS | p5_kim | p5_putin2

@P6
NORP | أمريكية | p6_amer
GPE | روسيا | p6_russia
GPE | فيتنام | p6_vietnam

@P8
NORP | الروسي | p8_rus
GPE | هانوي | p8_hanoi
NORP | الفيتنامي | p8_viet
PER | تو لام | p8_tolam
PER | لام | p8_lam
PER | بوتين | p8_putin
GPE | موسكو | p8_moscow
GPE | فيتنام | p8_vietnam
PERCENT | 80 في المئة | p8_pct
DATE | العامين 1995 و2023 | p8_years
GPE | روسيا | p8_russia
EVENT | نزاع أوكرانيا | p8_ukrconflict
REL | ROLE | p8_tolam | p8_viet
REL | MEET | p8_lam | p8_putin
REL | SUPPORTS | p8_moscow | p8_vietnam

@P9
NORP | أمريكية | p9_amer
GPE | روسيا | p9_russia
GPE | فيتنام | p9_vietnam

@P11
PER | لام | p11_lam
PER | بوتين | p11_putin1
PER | بوتين | p11_putin2
LOC | آسيا والمحيط الهادئ | p11_asiapac
REL | MEET | p11_lam | p11_putin1

@P12
NORP | أمريكية | p12_amer
GPE | روسيا | p12_russia
GPE | فيتنام | p12_vietnam

@P14
PER | بوتين | p14_putin1
NORP | الآسيوية | p14_asian
NORP | الغربية | p14_western
NORP | الروسية | p14_rus1
GPE | أوكرانيا | p14_ukraine1
GPE | الولايات المتحدة | p14_us
GPE | بريطانيا | p14_uk
ORG | الاتحاد الأوروبي | p14_eu
ORG | مجموعة السبع | p14_g7
NORP | الروسية | p14_rus2
GPE | كيف | p14_kyiv
MONEY | 50 مليار دولار | p14_money
GPE | كوريا الشمالية | p14_nk1
DATE | الأربعاء | p14_wed
PER | بوتين | p14_putin2
PER | كيم | p14_kim
GPE | واشنطن | p14_washington
GPE | كوريا الشمالية | p14_nk2
GPE | روسيا | p14_russia
GPE | أوكرانيا | p14_ukraine2
ORG | الخارجية الأمريكية | p14_state
NORP | الروسية | p14_rus3
NORP | الكورية الشمالية | p14_nkadj
NORP | أوكراني | p14_ukr
GPE | بيونغ يانغ | p14_pyongyang
GPE | موسكو | p14_moscow
NORP | أوكرانيين | p14_ukrainians
REL | SUPPORTS | p14_g7 | p14_kyiv
REL | VISIT | p14_putin2 | p14_nk1
REL | MEET | p14_putin2 | p14_kim
REL | CRITICIZES | p14_washington | p14_nk2
REL | SUPPORTS | p14_nk2 | p14_russia
REL | CRITICIZES | p14_ukr | p14_pyongyang
REL | SUPPORTS | p14_pyongyang | p14_moscow

@P15
NORP | أمريكية | p15_amer
GPE | روسيا | p15_russia
GPE | فيتنام | p15_vietnam

@P16
NORP | الكوري | p16_korean

@P17
PER | كيم | p17_kim
PER | بوتين | p17_putin1
NORP | الكوري | p17_korean
EVENT | حرب أوكرانيا | p17_ukrwar
GPE | موسكو | p17_moscow
PER | بوتين | p17_putin2
GPE | كوريا الشمالية | p17_nk1
NORP | الغربي | p17_western
GPE | بيونغ يانغ | p17_pyongyang
ORG | الخارجية الأمريكية | p17_state
PER | بوتين | p17_putin3
GPE | أوكرانيا | p17_ukraine
GPE | اليابان | p17_japan
GPE | روسيا | p17_russia
GPE | كوريا الشمالية | p17_nk2
REL | SUPPORTS | p17_kim | p17_putin1
REL | SUPPORTS | p17_putin2 | p17_nk1
REL | CRITICIZES | p17_state | p17_putin3

@P18
NORP | أمريكية | p18_amer
GPE | روسيا | p18_russia
GPE | فيتنام | p18_vietnam

@P20
PER | بوتين | p20_putin
NORP | الكورية الشمالية | p20_nkadj
PER | كيم | p20_kim
GPE | فيتنام | p20_vietnam1
GPE | الولايات المتحدة | p20_us
GPE | الصين | p20_china1
LOC | جنوب شرق آسيا | p20_sea
NORP | الأمريكي | p20_amer1
PER | جو بايدن | p20_biden1
GPE | هانوي | p20_hanoi
DATE | أيلول/سبتمبر | p20_sept
GPE | فيتنام | p20_vietnam2
NORP | الأمريكي | p20_amer2
GPE | الصين | p20_china2
GPE | بكين | p20_beijing
PER | شي جين بينغ | p20_xi
PER | بايدن | p20_biden2
REL | MEET | p20_putin | p20_kim
REL | VISIT | p20_putin | p20_vietnam1
REL | ROLE | p20_biden1 | p20_amer1
REL | VISIT | p20_biden1 | p20_hanoi
REL | ROLE | p20_xi | p20_beijing
REL | VISIT | p20_xi | p20_vietnam2
