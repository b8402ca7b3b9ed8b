# 002_5890cfb022f8faa3, part 2: P27-P52 (labels prefixed b_)

@P28
PER | بوتين | b_p28_putin
PER | كيم جونغ أون | b_p28_kim
GPE | بيونغ يانغ | b_p28_pyongyang
REL | MEET | b_p28_putin | b_p28_kim
REL | VISIT | b_p28_putin | b_p28_pyongyang

@P29
ORG | Reuters | b_p29_reuters

@P30
PER | بوتين | b_p30_putin
NORP | روسية | b_p30_rus
PER | كيم جونغ أون | b_p30_kim

@P31
PER | بوتين | b_p31_putin
NORP | الكوري | b_p31_korean
NORP | روسية | b_p31_rus
ORG | أوروس | b_p31_aurus

@P32
LAW | اتفاقية التعاون الاستراتيجي | b_p32_treaty
NORP | الكورية | b_p32_korean
GPE | بيونغ يانغ | b_p32_pyongyang

@P33
NORP | روسية | b_p33_rus
PER | بوتين | b_p33_putin

@P34
PER | بوتين | b_p34_putin
PER | كيم | b_p34_kim
NORP | روسية | b_p34_rus
DATE | فبراير/ شباط الماضي | b_p34_feb
NORP | الروسي | b_p34_russian

@P35
NORP | روسية | b_p35_rus
PER | كيم | b_p35_kim
PER | بوتين | b_p35_putin
ORG | تاس | b_p35_tass
NORP | الروسية | b_p35_russian

@P36
PER | بوتين | b_p36_putin
NORP | الروسي | b_p36_russian

@P39
ORG | واتساب | b_p39_whatsapp

@P40
ORG | بي بي سي نيوز عربي | b_p40_bbc

@P43
PER | لورا بيكر | b_p43_baker
GPE | الصين | b_p43_china
ORG | بي بي سي | b_p43_bbc
LOC | آسيا | b_p43_asia
PER | بوتن | b_p43_putin
GPE | بيونغ يانغ | b_p43_pyongyang
REL | ROLE | b_p43_baker | b_p43_bbc
REL | VISIT | b_p43_putin | b_p43_pyongyang

@P44
PER | لورا | b_p44_laura

@P45
PER | تشاد أوكارول | b_p45_ocarroll
GPE | كوريا الشمالية | b_p45_nk1
ORG | إكس | b_p45_x
ORG | تويتر | b_p45_twitter
GPE | كوريا الشمالية | b_p45_nk2
GPE | روسيا | b_p45_russia
GPE | أوكرانيا | b_p45_ukraine

@P46
PER | فيكتور تشا | b_p46_cha
GPE | كوريا | b_p46_korea
ORG | مركز الدراسات الاستراتيجية والدولية | b_p46_csis
EVENT | الحرب الباردة | b_p46_coldwar
REL | ROLE | b_p46_cha | b_p46_csis

@P47
PER | إيدان فوستر كارتر | b_p47_carter
ORG | جامعة ليدز | b_p47_leeds
GPE | كوريا الشمالية | b_p47_nk
ORG | إكس | b_p47_x
REL | ROLE | b_p47_carter | b_p47_leeds

@P48
PER | كارتر | b_p48_carter
PER | بوتن | b_p48_putin
GPE | كوريا | b_p48_korea

@P49
PER | بوتين | b_p49_putin
GPE | كوريا الشمالية | b_p49_nk
GPE | فيتنام | b_p49_vietnam
REL | VISIT | b_p49_putin | b_p49_vietnam

@P50
GPE | روسيا | b_p50_russia
GPE | فيتنام | b_p50_vietnam
GPE | الاتحاد السوفيتي | b_p50_ussr
NORP | الفيتناميون | b_p50_vietnamese

@P51
DATE | الخمسينيات من القرن الماضي | b_p51_1950s
GPE | الاتحاد السوفيتي | b_p51_ussr
NORP | الشيوعية | b_p51_communist
GPE | فيتنام | b_p51_vietnam1
NORP | الفيتناميين | b_p51_vietnamese
GPE | روسيا | b_p51_russia
NORP | الروسية | b_p51_russian
GPE | فيتنام | b_p51_vietnam2
NORP | روسية | b_p51_rus
REL | SUPPORTS | b_p51_ussr | b_p51_vietnam1

@P52
GPE | فيتنام | b_p52_vietnam1
ORG | الأمم المتحدة | b_p52_un
GPE | روسيا | b_p52_russia
GPE | أوكرانيا | b_p52_ukraine1
GPE | فيتنام | b_p52_vietnam2
GPE | أوكرانيا | b_p52_ukraine2
GPE | كييف | b_p52_kyiv
REL | CRITICIZES | b_p52_un | b_p52_russia
REL | SUPPORTS | b_p52_vietnam2 | b_p52_kyiv
