# saudinewsnet_part024_0081 (annotator56)
# "والدته", "جدتي", "خاله" are kinship nouns; "وحدة العناية المركزة" is a hospital unit; "مواقع التواصل الاجتماعية" and "شاشات التلفزيون" are common nouns; "القرآن" alone is the title of a work: not annotated.
@P1
PER | سعود الدوسري | p1_saud

@P2
PER | سعود الدوسري | p2_saud
FAC | مستشفى قوى الأمن | p2_hospital
GPE | الرياض | p2_riyadh
NORP | السعودية | p2_saudi
NORP | الفرنسية | p2_french
GPE | باريس | p2_paris
REL | LOCATED_IN | p2_hospital | p2_riyadh
# "ليطير إلى العاصمة السعودية": the capital is Riyadh, named earlier in the sentence (the "الوزارة" rule of §7.5)
REL | VISIT | p2_saud | p2_riyadh

@P3
PER | سعود الدوسري | p3_saud
GPE | الرياض | p3_riyadh
GPE | باريس | p3_paris
REL | VISIT | p3_saud | p3_riyadh
REL | VISIT | p3_saud | p3_paris

@P4
ORG | الاقتصادية | p4_eqt
PER | عبد الرحمن الحقباني | p4_haqbani
PER | سعود الدوسري | p4_saud
GPE | الرياض | p4_riyadh
DATE | قبل أسبوع | p4_weekago
GPE | باريس | p4_paris
# "زيارته" and "سيذهب" have the deceased as subject: Arg1 is his earlier mention (§7.8 pronoun subjects)
REL | VISIT | p4_saud | p4_riyadh
REL | VISIT | p4_saud | p4_paris

@P5
PER | الحقباني | p5_haqbani
PER | سعود الدوسري | p5_saud

@P6
PER | سعود الدوسري | p6_saud1
PER | سعود الدوسري | p6_saud2
# "خلال اليومين الماضيين" is a duration (like "خلال العامين الماضيين", §7.6); "قبل عقود من الزمن" is vague

@P7
ORG | تويتر | p7_twitter1
PER | سعود_الدوسري | p7_hashtag
PER | عبد الرحمن الحقباني | p7_haqbani
PER | سعود الدوسري | p7_saud1
ORG | تويتر | p7_twitter2
PER | سعود | p7_saud2
DATE | الجمعة قبل الماضي | p7_friday
PER | سعود | p7_saud3
DATE | الخميس الماضي | p7_thursday
GPE | فرنسا | p7_france
# the farewell gathering "في منزلي": the speaker received him at his home (receiving = MEET, §7.3)
REL | MEET | p7_haqbani | p7_saud2

@P8
PER | الحقباني | p8_haqbani
ORG | تويتر | p8_twitter
ORG | إذاعة القرآن | p8_radio
PER | سعود | p8_saud
GPE | فرنسا | p8_france
ORG | سفارة خادم الحرمين الشريفين | p8_embassy
