# saudinewsnet_part000_0055 (annotator11)
@P1
FAC | مطار عدن | p1_airport
FAC | ميناء الزيت | p1_port

@P2
GPE | الإمارات | p2_uae
FAC | مطار عدن الدولي | p2_airport
DATE | أمس | p2_yesterday
GPE | عدن | p2_aden

@P3
DATE | أمس | p3_yesterday
GPE | عدن | p3_aden
FAC | مطار عدن | p3_airport

@P4
NORP | اليمني | p4_yemeni
ORG | الحكومة اليمنية | p4_yemgov
PER | بدر باسلمه | p4_basalma
GPE | الإمارات | p4_uae
FAC | مطار عدن الدولي | p4_airport
GPE | عدن | p4_aden
REL | ROLE | p4_basalma | p4_yemeni
REL | ROLE | p4_basalma | p4_yemgov

@P5
PER | باسلمه | p5_basalma
DATE | الليلة الماضية | p5_lastnight
GPE | عدن | p5_aden

@P6
PER | بدر باسلمة | p6_basalma

@P7
PER | باسلمة | p7_basalma
GPE | عدن | p7_aden1
GPE | صنعاء | p7_sanaa
NORP | الحوثيون | p7_houthis
GPE | عدن | p7_aden2
GPE | عدن | p7_aden3
GPE | عدن | p7_aden4

@P8
FAC | ميناء الزيت | p8_port
GPE | البريقة | p8_buraiqa
REL | LOCATED_IN | p8_port | p8_buraiqa

@P9
NORP | اليمني | p9_yemeni1
PER | عبد ربه منصور هادي | p9_hadi
DATE | أمس | p9_yesterday1
GPE | عدن | p9_aden1
ORG | وكالة الأنباء اليمنية | p9_saba
PER | نايف صالح عبد القادر البكري | p9_bakri
GPE | عدن | p9_aden2
PER | أحمد سالم رُبيّع على | p9_rubaya
NORP | اليمني | p9_yemeni2
GPE | الرياض | p9_riyadh
DATE | أمس | p9_yesterday2
ORG | مجلس التعاون لدول الخليج العربي | p9_gcc
GPE | اليمن | p9_yemen
PER | صالح القنيعير | p9_qunaier
REL | ROLE | p9_hadi | p9_yemeni1
REL | ROLE | p9_bakri | p9_aden2
REL | ROLE | p9_rubaya | p9_aden2
REL | ROLE | p9_qunaier | p9_gcc

@P10
PER | القنيعير | p10_qunaier
ORG | مأرب | p10_marib
PER | هادي | p10_hadi
ORG | مجلس التعاون الخليجي | p10_gcc1
ORG | مجلس التعاون الخليجي | p10_gcc2
PER | عبد اللطيف بن راشد الزياني | p10_zayani
ORG | المقاومة الشعبية | p10_resistance
GPE | عدن | p10_aden
NORP | الحوثية | p10_houthi
PER | صالح | p10_saleh
REL | MEET | p10_qunaier | p10_hadi
REL | ROLE | p10_zayani | p10_gcc2

@P11
GPE | اليمن | p11_yemen
NORP | اليمني | p11_yemeni
PER | عبد ربه منصور هادي | p11_hadi
REL | ROLE | p11_hadi | p11_yemeni

@P12
ORG | مجلس التعاون الخليجي | p12_gcc
GPE | اليمن | p12_yemen1
GPE | يمن | p12_yemen2
GPE | اليمن | p12_yemen3

@P13
NORP | اليمني | p13_yemeni
ORG | مجلس التعاون الخليجي | p13_gcc
GPE | اليمن | p13_yemen
REL | SUPPORTS | p13_gcc | p13_yemen

@P14
GPE | يمن | p14_yemen1
GPE | اليمن | p14_yemen2
LOC | الخليج | p14_gulf

@P15
PER | عبد ربه منصور هادي | p15_hadi
DATE | أمس | p15_yesterday
GPE | دولة الإمارات العربية المتحدة | p15_uae
GPE | اليمن | p15_yemen
PER | سالم بن خليفة الغفلي | p15_ghafli
REL | MEET | p15_hadi | p15_ghafli
REL | ROLE | p15_ghafli | p15_uae

@P16
GPE | الإمارات العربية المتحدة | p16_uae
PER | خليفة بن زايد آل نهيان | p16_khalifa
GPE | اليمن | p16_yemen
REL | ROLE | p16_khalifa | p16_uae
REL | SUPPORTS | p16_uae | p16_yemen

@P17
NORP | الإماراتي | p17_emirati
PER | خليفة بن زايد آل نهيان | p17_khalifa
GPE | دولة الإمارات العربية المتحدة | p17_uae1
PER | محمد بن راشد آل مكتوم | p17_mbr
GPE | دولة الإمارات العربية المتحدة | p17_uae2
ORG | مجلس الوزراء | p17_cabinet
GPE | دبي | p17_dubai
PER | محمد بن زايد آل نهيان | p17_mbz
REL | ROLE | p17_khalifa | p17_uae1
REL | ROLE | p17_mbr | p17_uae2
REL | ROLE | p17_mbr | p17_cabinet
REL | ROLE | p17_mbr | p17_dubai
REL | ROLE | p17_mbz | p17_uae2

@P18
NORP | الإماراتي | p18_emirati
GPE | اليمن | p18_yemen
GPE | دولة الإمارات | p18_uae
NORP | اليمني | p18_yemeni
PER | عبد ربه منصور هادي | p18_hadi
REL | SUPPORTS | p18_uae | p18_hadi
REL | ROLE | p18_hadi | p18_yemeni

@P19
ORG | المقاومة الشعبية | p19_resistance
GPE | عدن | p19_aden
NORP | الحوثية | p19_houthi
PER | صالح | p19_saleh
GPE | اليمن | p19_yemen
