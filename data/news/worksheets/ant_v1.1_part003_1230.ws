# ant_v1.1_part003_1230 (annotator25)
@P1
EVENT | كان | p1_can
DATE | 2019 | p1_2019
GPE | مصر | p1_egypt

@P2
DATE | البارحة | p2_lastnight
DATE | يوم 2 جوان | p2_jun2
GPE | تونس | p2_tunisia
EVENT | كأس إفريقيا | p2_afcon
GPE | الكاميرون | p2_cameroon
DATE | 2019 | p2_2019
ORG | المنتخب المصري | p2_egypt_team
DATE | يوم 11 جوان القادم | p2_jun11
FAC | ملعب رادس | p2_rades_stadium
REL | VISIT | p2_egypt_team | p2_rades_stadium

@P3
DATE | البارحة | p3_lastnight
PER | أسامة الحدادي | p3_haddadi1
PER | محمد علي اليعقوبي | p3_yaakoubi
PER | ديلان برون | p3_bronn1
PER | كريم العريبي | p3_laaribi1
PER | صيام بن يوسف | p3_benyoussef1
GPE | تونس | p3_tunisia1
PER | نعيم السليتي | p3_sliti1
DATE | يوم أمس | p3_yesterday
GPE | تونس | p3_tunisia2
GPE | رادس | p3_rades
PER | حمدي القصراوي | p3_kasraoui
ORG | النادي البنزرتي | p3_cab1
PER | سيف الدين الشرفي | p3_chorfi
ORG | الاتحاد الرياضي | p3_usbg
GPE | بن قردان | p3_benguerdane
PER | علي القلعي | p3_kalai
ORG | الشبيبة الرياضية القيروانية | p3_jsk
PER | صيام بن يوسف | p3_benyoussef2
ORG | كان | p3_caen
PER | فهمي بن رمضان | p3_benromdhane
ORG | ألمستقبل الرياضي | p3_asm
GPE | المرسى | p3_marsa
PER | ايمن بالعيد | p3_belaid
ORG | روترهام يونايتد | p3_rotherham
PER | ديلان براون | p3_bronn2
ORG | شاموا نيورتايز | p3_niort
PER | أسامة الحدادي | p3_haddadi2
ORG | ديجون | p3_dijon
PER | أيمن محمود | p3_mahmoud
ORG | الملعب القابسي | p3_stg
PER | عاطف المازني | p3_mazni
ORG | النجم الرياضي | p3_esm
GPE | المتلوي | p3_metlaoui
PER | مروان الصحراوي | p3_sahraoui
ORG | فيتوريا | p3_vitoria
PER | محمد الحبيب يكن | p3_yakan
ORG | النادي الرياضي البنزرتي | p3_cab2
PER | إسكندر العقربي | p3_akrabi
ORG | المستقبل الرياضي | p3_asg
GPE | قابس | p3_gabes
PER | لاري العزوني | p3_azouni
ORG | أولمبيك نيم | p3_nimes
PER | محمد سليم بن عثمان | p3_benothman
ORG | لوكوموتيف | p3_lokomotiv
PER | ماهر بن صغير | p3_bensghir
ORG | النادي البنزرتي | p3_cab3
PER | نجم الدين دغفوس | p3_daghfous
ORG | ورزبرغر | p3_wurzburger
PER | حمزة الجلاصي | p3_jelassi
ORG | النادي الرياضي البنزرتي | p3_cab4
PER | كريم العريبي | p3_laaribi2
ORG | سيسينا | p3_cesena
PER | محمد وائل العربي | p3_larbi
ORG | سوشو | p3_sochaux
PER | إدريس المحيرصي | p3_mhirsi
ORG | راد ستار | p3_redstar
PER | بسام الصرارفي | p3_srarfi
ORG | نيس | p3_nice
NORP | الفرنسي | p3_french1
PER | نعيم السليتي | p3_sliti2
ORG | ليل | p3_lille
NORP | الفرنسي | p3_french2
PER | أحمد العكايشي | p3_akaichi
ORG | إتحاد جدة | p3_ittihad
PER | حمدي الحرباوي | p3_harbaoui
ORG | شارلوروا | p3_charleroi
PER | إسماعيل ساسي | p3_sassi
ORG | ليماصول | p3_limassol
GPE | قبرص | p3_cyprus
REL | VISIT | p3_bronn1 | p3_tunisia1
REL | VISIT | p3_laaribi1 | p3_tunisia1
REL | VISIT | p3_benyoussef1 | p3_tunisia1
REL | ROLE | p3_kasraoui | p3_cab1
REL | ROLE | p3_chorfi | p3_usbg
REL | LOCATED_IN | p3_usbg | p3_benguerdane
REL | ROLE | p3_kalai | p3_jsk
REL | ROLE | p3_benyoussef2 | p3_caen
REL | ROLE | p3_benromdhane | p3_asm
REL | LOCATED_IN | p3_asm | p3_marsa
REL | ROLE | p3_belaid | p3_rotherham
REL | ROLE | p3_bronn2 | p3_niort
REL | ROLE | p3_haddadi2 | p3_dijon
REL | ROLE | p3_mahmoud | p3_stg
REL | ROLE | p3_mazni | p3_esm
REL | LOCATED_IN | p3_esm | p3_metlaoui
REL | ROLE | p3_sahraoui | p3_vitoria
REL | ROLE | p3_yakan | p3_cab2
REL | ROLE | p3_akrabi | p3_asg
REL | LOCATED_IN | p3_asg | p3_gabes
REL | ROLE | p3_azouni | p3_nimes
REL | ROLE | p3_benothman | p3_lokomotiv
REL | ROLE | p3_bensghir | p3_cab3
REL | ROLE | p3_daghfous | p3_wurzburger
REL | ROLE | p3_jelassi | p3_cab4
REL | ROLE | p3_laaribi2 | p3_cesena
REL | ROLE | p3_larbi | p3_sochaux
REL | ROLE | p3_mhirsi | p3_redstar
REL | ROLE | p3_srarfi | p3_nice
REL | ROLE | p3_sliti2 | p3_lille
REL | ROLE | p3_akaichi | p3_ittihad
REL | ROLE | p3_harbaoui | p3_charleroi
REL | ROLE | p3_sassi | p3_limassol
REL | LOCATED_IN | p3_limassol | p3_cyprus

@P4
DATE | يومي 3و4 جوان | p4_jun3_4
DATE | يوم 5 جوان | p4_jun5

@P5
ORG | المنتخب المصري | p5_egypt_team
DATE | يوم 2 جوان القادم | p5_jun2
