@P1
GPE | موسكو | p1_moscow

@P2
NORP | الروسي | p2_rus
PER | فلاديمير بوتين | p2_putin
GPE | فيتنام | p2_vietnam
DATE | اليوم الخميس | p2_date
ORG | حزب الشيوعي الفيتنامي | p2_cpv
PER | نغوين فو ترونغ | p2_trong
REL | ROLE | p2_putin | p2_rus
REL | VISIT | p2_putin | p2_vietnam
REL | ROLE | p2_trong | p2_cpv

@P3
NORP | الفيتنامي | p3_vn
PER | تو لام | p3_tolam
NORP | الروسي | p3_rus
FAC | القصر الرئاسي | p3_palace
GPE | هانوي | p3_hanoi
GPE | روسيا | p3_russia
PER | تو لام | p3_tolam2
NORP | الروسي | p3_rus2
GPE | فيتنام | p3_vietnam
REL | ROLE | p3_tolam | p3_vn
REL | LOCATED_IN | p3_palace | p3_hanoi
REL | SUPPORTS | p3_rus2 | p3_vietnam

@P4
PER | بوتين | p4_putin
ORG | الحزب الشيوعي | p4_cp
PER | ترونغ | p4_trong
NORP | الفيتنامي | p4_vn
PER | فام مينه تشينه | p4_chinh
REL | MEET | p4_putin | p4_trong
REL | MEET | p4_putin | p4_chinh
REL | ROLE | p4_trong | p4_cp
REL | ROLE | p4_chinh | p4_vn

@P5
PER | بوتين | p5_putin
NORP | الأميركية | p5_us
GPE | روسيا | p5_russia
NORP | أوكرانية | p5_ukr
ORG | بلومبيرغ | p5_bloomberg
REL | CRITICIZES | p5_us | p5_russia

@P6
ORG | بلومبيرغ | p6_bloomberg
ORG | حكومة الفيتنامية | p6_vngov
GPE | فيتنام | p6_vietnam

@P7
ORG | السفارة الأميركية | p7_embassy
NORP | الفيتنامية | p7_vn
GPE | هانوي | p7_hanoi
PER | بوتين | p7_putin
REL | LOCATED_IN | p7_embassy | p7_hanoi
REL | CRITICIZES | p7_embassy | p7_putin

@P8
NORP | كورية شمالية | p8_nk_adj
DATE | الخميس | p8_date
GPE | بيونغ يانغ | p8_pyongyang
GPE | موسكو | p8_moscow
EVENT | قمة بيونغ يانغ | p8_summit
PER | كيم جونغ أون | p8_kim
NORP | الروسي | p8_rus
REL | SUPPORTS | p8_pyongyang | p8_moscow
REL | SUPPORTS | p8_moscow | p8_pyongyang

@P9
PER | بوتين | p9_putin
GPE | كوريا الشمالية | p9_nk
ORG | وكالة الأنباء المركزية | p9_kcna
GPE | بيونغ يانغ | p9_pyongyang
LAW | معاهدة الشراكة الاستراتيجية الشاملة | p9_treaty
PER | كيم | p9_kim
PER | بوتين | p9_putin2
DATE | أمس الأربعاء | p9_date
GPE | بيونغ يانغ | p9_pyongyang2
REL | VISIT | p9_putin | p9_nk
REL | LOCATED_IN | p9_kcna | p9_pyongyang
REL | PARTY_TO | p9_kim | p9_treaty
REL | PARTY_TO | p9_putin2 | p9_treaty
REL | MEET | p9_kim | p9_putin2

@P10
LAW | المادة 51 | p10_art51
LAW | ميثاق الأمم المتحدة | p10_charter
GPE | كوريا الشمالية | p10_nk
GPE | الاتحاد الروسي | p10_rf

@P12
LAW | المادة 51 | p12_art51
LAW | ميثاق الأمم المتحدة | p12_charter
ORG | الأمم المتحدة | p12_un

@P13
GPE | كوريا الشمالية | p13_nk
GPE | روسيا | p13_russia
LAW | معاهدة العلاقات الثنائية | p13_treaty
DATE | عام 2000 | p13_date
REL | PARTY_TO | p13_nk | p13_treaty
REL | PARTY_TO | p13_russia | p13_treaty

@P14
GPE | كوريا الشمالية | p14_nk
GPE | الاتحاد السوفياتي | p14_ussr
LAW | معاهدة الصداقة والمساعدة المتبادلة | p14_treaty
DATE | عام 1961 | p14_date
REL | PARTY_TO | p14_nk | p14_treaty
REL | PARTY_TO | p14_ussr | p14_treaty

@P15
GPE | روسيا | p15_russia
GPE | كوريا الشمالية | p15_nk
GPE | أوكرانيا | p15_ukraine
GPE | كوريا الشمالية | p15_nk2

@P16
PER | بوتين | p16_putin
PER | كيم | p16_kim
REL | MEET | p16_putin | p16_kim

@P17
NORP | الروسي | p17_rus
GPE | روسيا | p17_russia
GPE | فيتنام | p17_vietnam
PER | بوتين | p17_putin
ORG | المحكمة الجنائية الدولية | p17_icc
GPE | أوكرانيا | p17_ukraine
REL | VISIT | p17_putin | p17_vietnam
REL | CRITICIZES | p17_icc | p17_putin
