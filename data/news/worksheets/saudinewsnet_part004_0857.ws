@P1
EVENT | مهرجان القطيف | p1_fest

@P2
EVENT | مهرجان القطيف | p2_fest
EVENT | واحتنا فرحانة | p2_fest_title
FAC | الحي القطيفي | p2_hay
FAC | حي القطيفي | p2_hay2
ORG | اللجنة الصحية | p2_healthcomm
GPE | القطيف | p2_qatif
ORG | جمعية السرطان السعودية | p2_cancer
GPE | القطيف | p2_qatif2
PER | مهدي الصنابير | p2_sanabir
PER | الصنابير | p2_sanabir2
PER | روان بزرون | p2_rawan
DATE | أمس الأول | p2_date
PER | علي الغانم | p2_ali_ghanim
PER | حسن الغانم | p2_hasan_ghanim
PER | أحمد الجشي | p2_jishi
PER | سلام السنان | p2_salam
PER | منتظر المرهون | p2_marhoon
PER | حبيب العبندي | p2_abandi
PER | علي حسين العوامي | p2_awami1
PER | علي محمد العوامي | p2_awami2
PER | أحمد الصفار | p2_saffar
PER | محمد السنان | p2_m_sinan
PER | علي الغانم | p2_ali_ghanim2
PER | شكري عاشور | p2_ashour
PER | وسام شعبان | p2_shaban
PER | مالك فتيل | p2_fteel
PER | نضال آل رمضان | p2_ramadan
PER | حسين العرب | p2_arab
PER | علي آل حمادة | p2_hamada
PER | ماهر الغانم | p2_maher
GPE | المنطقة الشرقية | p2_eastern
PER | محفوظ المنسف | p2_mansaf
PER | ناصر عبدالواحد | p2_nasser
PER | حسين البديوي | p2_budaiwi
PER | ناجي غريب | p2_ghareeb
PER | حسين الزوري | p2_zouri
PER | باقر رضا | p2_baqir
ORG | جمعية السرطان | p2_cancer2
GPE | القطيف | p2_qatif3
REL | LOCATED_IN | p2_healthcomm | p2_qatif
REL | LOCATED_IN | p2_cancer | p2_qatif2
REL | LOCATED_IN | p2_cancer2 | p2_qatif3
