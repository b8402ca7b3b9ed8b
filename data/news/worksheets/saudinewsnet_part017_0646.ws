# saudinewsnet_part017_0646 (annotator45)
# "نائب خادم الحرمين (الشريفين)", "مستشار خادم الحرمين الشريفين", "الأمير", "الدكتور" are titles; "الدولة" is a common noun.
@P2
PER | محمد بن نايف | p2_mbn
FAC | قصر السلام | p2_palace
DATE | الثلاثاء | p2_tuesday

@P3
# the attendees of the reception: the host is in P2, so no MEET; no MEET among attendees of a mass audience
PER | خالد الفيصل | p3_khalid
GPE | مكة المكرمة | p3_makkah
PER | محمد بن فهد بن محمد بن عبد الرحمن | p3_p2
PER | عبد الله بن فهد بن محمد بن عبد الرحمن | p3_p3
PER | تركي بن عبد الله الفيصل بن عبد العزيز | p3_p4
PER | مشعل بن ماجد بن عبد العزيز | p3_mishal
GPE | جدة | p3_jeddah
PER | بندر بن سعود بن محمد | p3_bandar
ORG | الهيئة السعودية للحياة الفطرية | p3_swa
PER | سعود بن سعد بن عبد العزيز بن تركي | p3_p7
PER | بندر بن سلمان بن محمد | p3_p8
PER | سعود بن بدر بن محمد | p3_p9
PER | تركي بن محمد بن فهد بن عبد العزيز | p3_p10
PER | عبد العزيز بن تركي بن سعود | p3_p11
PER | منصور بن بدر بن فيصل | p3_p12
PER | عبد العزيز بن سعود بن نايف بن عبد العزيز | p3_p13
PER | فيصل بن نواف بن عبد العزيز | p3_p14
PER | فيصل بن فهد بن مساعد بن سعود بن عبد العزيز | p3_p15
PER | فهد بن نايف بن عبد العزيز | p3_p16
PER | تركي بن فيصل بن عبد المجيد بن عبد العزيز | p3_p17
PER | نواف بن سعود بن هذلول | p3_p18
PER | عبد الرحمن بن فيصل بن عبد الرحمن | p3_p19
PER | تركي بن بدر بن فهد بن سعود | p3_p20
REL | ROLE | p3_khalid | p3_makkah
REL | ROLE | p3_mishal | p3_jeddah
REL | ROLE | p3_bandar | p3_swa
