# 002_5890cfb022f8faa3 part 1: P1-P26 (annotator a_)
@P1
GPE | روسيا | a_p1_russia
GPE | كوريا الشمالية | a_p1_nk

@P2
PER | بوتني | a_p2_putin
PER | كيم | a_p2_kim
LAW | الاتفاقية الاستراتيجية الشاملة | a_p2_treaty
GPE | بيونغ يانغ | a_p2_pyongyang
REL | MEET | a_p2_putin | a_p2_kim
REL | PARTY_TO | a_p2_putin | a_p2_treaty
REL | PARTY_TO | a_p2_kim | a_p2_treaty

@P3
ORG | Reuters | a_p3_reuters

@P4
PER | كيم | a_p4_kim
PER | بوتين | a_p4_putin
LAW | الاتفاقية الاستراتيجية الشاملة | a_p4_treaty
GPE | بيونغ يانغ | a_p4_pyongyang
REL | MEET | a_p4_kim | a_p4_putin
REL | PARTY_TO | a_p4_kim | a_p4_treaty
REL | PARTY_TO | a_p4_putin | a_p4_treaty

@P5
GPE | روسيا | a_p5_russia
GPE | كوريا الشمالية | a_p5_nk
NORP | الغربية | a_p5_western
NORP | الأمريكية | a_p5_american

@P6
NORP | الروسي | a_p6_russian
PER | فلاديمير بوتين | a_p6_putin
REL | ROLE | a_p6_putin | a_p6_russian

@P7
PER | بوتين | a_p7_putin
DATE | الأربعاء | a_p7_wed
GPE | كوريا الشمالية | a_p7_nk
NORP | الغربية | a_p7_western
GPE | الولايات المتحدة | a_p7_us
ORG | حلف شمال الأطلسي | a_p7_nato_full
ORG | الناتو | a_p7_nato
REL | VISIT | a_p7_putin | a_p7_nk

@P8
NORP | الكوري | a_p8_korean
NORP | الروسي | a_p8_russian

@P9
DATE | سبتمبر/أيلول الماضي | a_p9_sept
PER | كيم | a_p9_kim
FAC | قاعدة فوستوتشني الفضائية | a_p9_vostochny
GPE | روسيا | a_p9_russia
REL | VISIT | a_p9_kim | a_p9_vostochny
REL | LOCATED_IN | a_p9_vostochny | a_p9_russia

@P10
NORP | روسية | a_p10_russian
PER | بوتين | a_p10_putin
PER | كيم | a_p10_kim
DATE | الأربعاء | a_p10_wed
REL | MEET | a_p10_putin | a_p10_kim

@P11
PER | بوتين | a_p11_putin

@P12
PER | بوتين | a_p12_putin
GPE | كوريا الشمالية | a_p12_nk

@P13
GPE | كوريا الشمالية | a_p13_nk
PER | بيوتين | a_p13_putin
GPE | بيونغ يانغ | a_p13_pyongyang
REL | VISIT | a_p13_putin | a_p13_nk
REL | VISIT | a_p13_putin | a_p13_pyongyang

@P14
ORG | SPUTNIK | a_p14_sputnik
ORG | KREMLIN POOL | a_p14_kremlinpool
ORG | EPA-EFE | a_p14_epa
ORG | REX | a_p14_rex
ORG | Shutterstock | a_p14_shutterstock

@P15
GPE | كوريا الشمالية | a_p15_nk
PER | بوتين | a_p15_putin
GPE | بيونغ يانغ | a_p15_pyongyang
REL | VISIT | a_p15_putin | a_p15_nk
REL | VISIT | a_p15_putin | a_p15_pyongyang

@P16
NORP | الروسي | a_p16_russian
GPE | أوكرانيا | a_p16_ukraine
DATE | عام 2022 | a_p16_2022

@P17
NORP | غربية | a_p17_western
GPE | كوريا الشمالية | a_p17_nk
GPE | روسيا | a_p17_russia
REL | SUPPORTS | a_p17_nk | a_p17_russia
REL | CRITICIZES | a_p17_western | a_p17_nk

@P18

@P19
PER | بوتن | a_p19_putin
GPE | كوريا الشمالية | a_p19_nk
NORP | الروسية | a_p19_russian
NORP | الأوكراني | a_p19_ukrainian

@P20
PER | بوتين | a_p20_putin
GPE | الولايات المتحدة | a_p20_us
ORG | الناتو | a_p20_nato
NORP | الروسية | a_p20_russian
NORP | الغربية | a_p20_western
REL | CRITICIZES | a_p20_putin | a_p20_us
REL | CRITICIZES | a_p20_putin | a_p20_nato

@P21

@P22
PER | كيم جونغ أون | a_p22_kim
GPE | كوريا الشمالية | a_p22_nk
GPE | روسيا | a_p22_russia

@P23
PER | بوتين | a_p23_putin

@P24
NORP | الكوري | a_p24_korean
GPE | كوريا الشمالية | a_p24_nk
GPE | روسيا | a_p24_russia

@P25

@P26
PER | كيم | a_p26_kim
